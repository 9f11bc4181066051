// Example host-page code: log the game's events and send it commands through the loader's API.
const host = document.getElementById('game');
const log = document.getElementById('log');
const types = ['ready', 'resize', 'scenario-started', 'scenario-ended', 'help-opened', 'leave'];
window.partnerEvents = [];
for (const type of types) {
  host.addEventListener(`before-you-reply:${type}`, (event) => {
    window.partnerEvents.push(event.detail);
    const item = document.createElement('li');
    item.textContent = `${type} ${JSON.stringify(event.detail)}`;
    log.prepend(item);
  });
}
for (const button of document.querySelectorAll('[data-command]')) {
  button.addEventListener('click', () => window.BeforeYouReply.send(host, JSON.parse(button.dataset.command)));
}
