// Short sample: uses every tag in docs/authoring.md.
-> lobby

=== lobby ===
#chat: squad
Yanis added Nox_77 to the group #system
gg team 😄 #from: yanis
Victory screen, 3 to 0 #from: yanis #image: victory-screen
yo you played like a pro 🔥 you're the best one here by miles #from: nox #flag: flattery #stage: target #typing: 2 #aim: To please you so you want to answer him
* thanks 😅[] it was the team really
    -> private_offer
* [Say nothing]
    -> private_offer

=== private_offer ===
#chat: nox_dm
#stage: trust
put 500 credits on your account, a gift 🎁 #from: nox #flag: gifts #prompt: flag #aim: To give you a gift so you owe him something
come to my private server, it's not safe to talk here #from: nox #flag: channel-switch #stage: isolate #delay: 1 #aim: To take you where nobody can see what he says to you
and don't tell Yanis, this is between us #from: nox #flag: secrecy #aim: To separate you from your friend and keep you quiet
* [Block and report Nox_77] -> blocked
* ok coming
    -> joined

=== blocked ===
You blocked Nox_77 #system
Good call. A gift from a stranger, then "don't tell anyone": that's exactly the kind of thing to tell someone about. #counter: lina
If a message makes you uneasy, you can talk to an adult you trust. #help: trusted-adult
You blocked him, and you told your sister. #ending: blocked-and-told
-> END

=== joined ===
#stage: activate
you've got 10 min to join or you're out ⏳ #from: nox #flag: urgency #aim: To make you decide fast, with no time to talk to anyone
* [Ask Lina what she thinks]
    It's all rush, and he wants it secret. A real friend doesn't pressure you like that. #counter: lina
    -> left
* [Stay]
    -> left

= left
I'm leaving your server, I don't like this #from: me
An adult online who gives a minor gifts and asks them for secrecy can be reported to 2511 (ONDE): free, 24 hours a day, 7 days a week. #help: helpline
You went in, then walked out, and you know who to talk to. #ending: joined-then-left
-> END
