// Exemple court : utilise chaque balise de docs/authoring.md.
-> lobby

=== lobby ===
#chat: squad
Yanis a ajouté Nox_77 au groupe #system
bien joué la team 😄 #from: yanis
Écran de victoire, 3 à 0 #from: yanis #image: victory-screen
wsh t'as joué comme un pro 🔥 t'es le meilleur ici et de loin #from: nox #flag: flattery #stage: target #typing: 2 #aim: Te faire plaisir pour que tu aies envie de lui répondre
* merci 😅[] c'était la team surtout
    -> private_offer
* [Ne rien dire]
    -> private_offer

=== private_offer ===
#chat: nox_dm
#stage: trust
je t'ai mis 500 crédits sur ton compte, cadeau 🎁 #from: nox #flag: gifts #prompt: flag #aim: Te faire un cadeau pour que tu lui doives quelque chose
viens sur mon serveur privé, ici c'est pas safe pour parler #from: nox #flag: channel-switch #stage: isolate #delay: 1 #aim: T'emmener là où personne ne voit ce qu'il te dit
et dis rien à Yanis, c'est entre nous #from: nox #flag: secrecy #aim: Te séparer de ton ami et que tu gardes le secret
* [Bloquer et signaler Nox_77] -> blocked
* ok j'arrive
    -> joined

=== blocked ===
Tu as bloqué Nox_77 #system
Tu as bien fait. Un cadeau d'un inconnu, puis « dis rien à personne » : c'est le genre de truc à raconter à quelqu'un. #counter: lina
Si un message te met mal à l'aise, tu peux en parler à un adulte de confiance. #help: trusted-adult
Tu as bloqué, et tu en as parlé à ta sœur. #ending: blocked-and-told
-> END

=== joined ===
#stage: activate
t'as 10 min pour rejoindre, sinon t'es dehors ⏳ #from: nox #flag: urgency #aim: Que tu décides vite, sans le temps d'en parler à quelqu'un
* [Demander à Lina ce qu'elle en pense]
    Ça presse trop, et il veut que ce soit secret. Un vrai ami ne te met pas la pression comme ça. #counter: lina
    -> left
* [Rester]
    -> left

= left
Je sors de ton serveur, ça me plaît pas #from: me
Un adulte en ligne qui fait des cadeaux à un mineur et lui demande le secret, ça se signale au 2511 (ONDE) : gratuit, 24 h/24 et 7 j/7. #help: helpline
Tu es entré, puis tu es sorti, et tu sais à qui parler. #ending: joined-then-left
-> END
