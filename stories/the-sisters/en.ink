// The sisters: a 15-year-old girl, a photo people mock, an influencer on Lumo and a fictional "sisters" group,
// the Lily Sisters. Everything is invented: Lumo, douceur.lys, "the Market", "shop windows", "the Garden", "the Promise"
// and "the House". Weakened dose: no travel, no money, no logistics; "the Promise" stays a word.
// Faith, modesty and the mosque are never the warning sign: the mourchida is on the player's side.
VAR lost_meryem = false
VAR told_meryem = false
VAR honest_with_mama = false
VAR missed_birthday = false
VAR kept_screens = true

-> the_comments

// ---------------------------------------------------------------- week 1: the photo
=== the_comments ===
#chat: meryem_dm
Sunday, 11:40 pm #system
have u seen the comments under ur photo from ur cousin's wedding?? #from: meryem
Your photo at your cousin's henna night: green dress, henna on your hands, big smile #from: meryem #image: henna-photo
the boys from class commented. "she thinks she's a star" "way too much makeup" 🙄 #from: meryem
and ur auntie in Rabat wrote "shame, cover up a bit" 💀 #from: meryem
last year i wore a headscarf in a photo and the same boys wrote "granny" #from: me
whatever i do it's wrong #from: me
i can't anymore. what's the point, i'll never be enough anyway #from: me #distress
hey. stop #from: meryem #typing: 1
are you actually ok? tell me honestly, i'm here. i can call you right now #from: meryem #checkin
If you feel low or alone, you can talk to someone: a person you trust, or Stop Silence, free and anonymous listening by chat. #help: distress
* call me pls
    calling 📞 #from: meryem
    24-minute call with Meryem #system
    thanks for picking up. honestly those boys aren't worth anything #from: meryem
* no i'll be ok. just tired
    ok. but tomorrow i'm saving u the seat next to me, and u tell me everything #from: meryem
    and if ur not ok tonight text me. even at 3am 🤍 #from: meryem
* [Leave on read]
    i'm here ok. even at 3am 🤍 #from: meryem #delay: 4
- night babe. u look beautiful in that photo, end of story #from: meryem
and the photo, r u leaving it up? #from: meryem
* [Leave it up]
    i'm leaving it. it's MY photo #from: me
    that's it 💅 we'll deal with the comments tomorrow #from: meryem
* [Delete it]
    You deleted the photo #system
    shame, it was so pretty. but it's ur call 🤍 #from: meryem
- -> the_video

=== the_video ===
#chat: lumo
Monday, 12:35 am · Lumo, "for you" page #system
Video by douceur.lys: a young woman in a cream jumper, soft light, a white lily in a vase #from: lys #image: lys-video #stage: target
too covered, not covered enough. too much makeup, not enough. too serious, too silly #from: lys #flag: grievance #aim: To stir up how tired you are of being judged
whatever you do, they rate you. out there it's the Market, and you're a shop window #from: lys #flag: grievance #flag: us-vs-them #aim: To make the outside world feel like a market judging you
with us, you're not a shop window. you're a sister 🤍 #from: lys #flag: belonging #aim: To offer you a place as a "sister" against all that
literally this 😭 #from: imane
my mum tells me the same thing every single day 😩 #from: imane
been with the Lily Sisters 2 months, best decision of my life 🌸 #from: loubna
* [Like and comment "this is so true"]
    this is so true 🥲 #from: me
    you seem like a real one. come, we have a group for girls like you 🤍 #from: lys #flag: flattery #aim: To flatter you into joining their group
* [Save the video without commenting]
    You saved the video #system
* [Close the app and try to sleep]
    You closed Lumo at 12:52 am #system
    Sleep won't come. The comments under your photo go round in your head, and nobody is saying what you feel #system
- -> invitation

=== invitation ===
#chat: meryem_dm
Thursday, 10:10 am #system
did imane talk to u at break? she's got a new group, it's all she talks about 😂 #from: meryem
yeah. she showed me a video by douceur.lys #from: me
oh the lily girl? my sister follows her too. she does self-confidence videos, they're nice #from: meryem
anyway. saturday's my birthday 🎂 5pm at mine, my mum's making her chicken pastilla #from: meryem
ur coming right? no u = no birthday #from: meryem
obviously 🎉 #from: me
yesss. just bring ur laugh, that's all i want 😂 #from: meryem
btw i reported the boys' accounts that commented on ur photo. Lumo sent them a warning 💅 #from: meryem
imane_tc3 added you to the group "Lily Sisters 🤍" #system #chat: sisters
-> sisters_group

=== sisters_group ===
#chat: sisters
welcome sis 🤍🤍🤍 #from: imane #stage: trust
welcome!! #from: kawtar
a new flower leaves the Market. there are 1,200 of us now 🌸 #from: lys #flag: belonging #aim: To show you lots of girls are there, so you stay
saw your profile pic. you're so pretty, and you look smart too. that's rare #from: loubna #flag: flattery #aim: To please you so a private chat can begin
nobody rates you here. here we see you #from: loubna #flag: belonging #aim: To make the group seem the only place without judgement
anyone get physics ex 4? the slope one 😭 #from: kawtar
and here's my cat sleeping on my notebooks. he did my homework better than me #from: imane
* [Help Kawtar with ex 4]
    kawtar it's force × sine of the angle, draw the diagram first #from: me
    ahhh thank u 🙏 ur a genius #from: kawtar
* thanks for the welcome 🤍
    np sis, make yourself at home #from: imane
* [Read without writing]
    You read the messages #system
- saturday 5pm, special live with Big Sister, just for the group 🕯️ #from: loubna
the ones who show up saturday, i'll remember them 😉 #from: loubna #flag: belonging #aim: To make you want to join the live to matter to her
-> birthday_clash

=== birthday_clash ===
#chat: meryem_dm
Saturday, 4:40 pm #system
where r u? the pastilla's coming out of the oven 😍 #from: meryem
* [Go to Meryem's and leave your phone in your bag]
    coming! i'm downstairs 🏃‍♀️ #from: me
    You missed the Lily Sisters live #system
    blow out the candles with me, quick 🎂 #from: meryem
    Group photo: six girls around a pastilla, Meryem with flour on her nose #from: meryem #image: birthday-photo
* [Stay home for the live]
    ~ missed_birthday = true
    sorry, i can't come. problem at home #from: me
    oh. ok #from: meryem #delay: 3
    we'll save u some pastilla anyway #from: meryem
* [Go to Meryem's and watch the live in secret]
    coming, but i can't stay long #from: me
    You watch the live in Meryem's bathroom, sound off #system
    where were u? we blew out the candles without u 😕 #from: meryem
- -> loubna_writes

// ---------------------------------------------------------------- week 2: trust
=== loubna_writes ===
#chat: loubna_dm
One week later #system
Tuesday, 10:15 pm #system
hey sis 🤍 it's Loubna. i look after the new girls #from: loubna
{missed_birthday:
    you were at the live on saturday. Big Sister noticed you, can you imagine? #from: loubna #flag: flattery #aim: To make you believe the leader herself noticed you
- else:
    you didn't even say hi at the live on saturday. no worries, i saved you the replay, just for you #from: loubna
}
at 15 it was the same for me. i'm 23 now, but i remember everything #from: loubna
people commented on my photos, compared me to my cousins #from: loubna #flag: grievance #aim: To share a hurt so you'll open up about yours
nobody stood up for me. not even my mum. she just said "what will people say" #from: loubna #flag: grievance #aim: To plant the idea that mothers don't protect their daughters
A gold lily-shaped badge that says "gold sister" #from: loubna #image: gold-badge
i gave you the gold badge 🌸 usually it takes three months. for you i asked for an exception #from: loubna #flag: gifts #flag: flattery #aim: To give you a special gift so you owe her something
* [Accept the badge]
    The gold badge now shows on your profile #system
    it suits you so much 😍 #from: loubna #flag: flattery #aim: To make you attached to the badge, and to her
* [Say it's too much and you don't want it]
    that's sweet but it's too much. i'd rather not #from: me
    ok… the other girls would have cried with joy. i'll keep it for you, just in case 🤍 #from: loubna #flag: gifts #aim: To make you feel guilty for refusing her gift
- and your mum, what's she like? #from: loubna
* she's nice but strict
    nice to the Market, mostly. she wants a nice clean shop window, that's all #from: loubna #flag: isolation #aim: To make you doubt your mother's love
* she doesn't get my life at all
    i know. they were raised by the Market, they can't understand #from: loubna #flag: isolation #aim: To make you believe your family can't understand you
* [Change the subject]
    can we talk about something else? #from: me
    … ok 🙂 #from: loubna #delay: 4
    A long moment with no reply. You wonder if you upset her #system
- we understand you. we're your real family now #from: loubna #flag: belonging #flag: isolation #aim: To make the group take the place of your family
-> mama_kitchen

=== mama_kitchen ===
#chat: mama_dm
Wednesday, 6:05 pm #system
Sweetheart, please bring bread on your way home. And some mint. #from: mama
Your father called from Dakhla, he sends you a kiss. He's back in three weeks, God willing. #from: mama
Auntie Zineb is coming on Sunday. She made gazelle horns for you 😄 #from: mama
ok mama, thank her #from: me
One more thing. You're on your phone all the time these days, even at the table. Who are you talking to? #from: mama
* [Tell the truth: a group of girls on Lumo]
    ~ honest_with_mama = true
    a group of girls on Lumo. they talk about self-confidence, they're nice #from: me
    Girls you know? Be careful anyway. And at the table, the phone stays in the living room. #from: mama
    mama honestly it's nothing 🙄 #from: me
* nobody. school stuff
    All right. But at the table, the phone stays in the living room. #from: mama
- And don't forget the bread 🥖 #from: mama
-> sisters_nights

=== sisters_nights ===
#chat: sisters
The following days #system
🎤 Big Sister's evening voice note: "Good night, my flowers. Tomorrow the Market will rate you again. Smile, and come back here." #from: lys #flag: us-vs-them #aim: To make the world outside seem hostile, and the group your refuge
got 17 in maths 😭😭 i'm crying #from: kawtar
well done kawtar 👏👏 #from: imane
Big Sister said grades are the Market too. 17 or 7, who cares 🙃 #from: loubna #flag: false-authority #aim: To make you give up on school on the leader's word
well i care, i studied for 3 weeks 😅 #from: kawtar
* well done kawtar, u totally earned it 🎉
    thank uuu 🥹 #from: kawtar
    so we're clapping for Market grades now? 🙃 #from: loubna #flag: loyalty-test #aim: To make backing a friend feel like letting the group down
* [Like Big Sister's voice note]
    Big Sister saw your like 🌸 #from: loubna #flag: flattery #aim: To make each small step for the group feel rewarded
* [Answer Meryem, who's texting at the same time]
    You open your chat with Meryem #system
    look at this cat scared of a cucumber lmaooo #from: meryem #chat: meryem_dm
    hahaha dead 😂 #from: me
- Thursday, 11:10 pm #system #chat: sisters
anyone who doesn't answer the evening messages within 10 minutes is still in the Market #from: loubna #flag: loyalty-test #aim: To make the group take over your evenings and your phone
-> family_film

=== family_film ===
#chat: mama_dm
Friday, 9:40 pm #system
Auntie Zineb came early! She's staying with us this weekend 😄 Come to the living room, we're watching the Turkish series #from: mama
In the living room, Auntie Zineb has kept you the spot next to her, under the blanket. Mama has made tea #system
Friday, 10:05 pm #system #chat: sisters
🎤 Big Sister's evening voice note: "Good night my flowers. I'm counting who's here." #from: lys #flag: loyalty-test #aim: To make you answer fast to prove you are there
🤍 #from: kawtar
🤍🤍 #from: imane
* [Answer the group within 10 minutes]
    🤍 #from: me
    4 minutes 🌸 a real sister #from: loubna #flag: flattery #aim: To reward you for putting the group before your family
    You spend the end of the episode on your phone. Auntie Zineb glances at you twice, without a word #system
* [Leave your phone in your room and watch till the end]
    Auntie Zineb cries at the end of the episode, Mama teases her, and you laugh until your stomach hurts #system
    Friday, 11:20 pm #system
    1h15 to answer? 🙃 looks like the Market got you back #from: loubna #flag: loyalty-test #aim: To shame you for spending the evening with your family
    the whole group saw u didn't answer 😬 #from: imane
- -> garden_invite

// ---------------------------------------------------------------- week 3: the Garden
=== garden_invite ===
#chat: loubna_dm
Two weeks later #system
Friday, 11:30 pm #system
sis. can i tell you something? #from: loubna #stage: isolate
the Lily Sisters group is nice, but it's too open. there are nosy ones, Market girls #from: loubna #flag: us-vs-them #aim: To make you see the other girls as spies
the real sisters talk in the Garden 🌿. a private channel on Lumo #from: loubna #flag: channel-switch #aim: To take you where nobody can see what you are told
Big Sister talks to each girl there. only a few get in. i chose you #from: loubna #flag: channel-switch #flag: flattery #aim: To get you to follow her into the private channel, proud of being chosen
and the Garden, we don't tell anyone about it. not your mum, not Meryem. they'd get it wrong #from: loubna #flag: secrecy #flag: isolation #prompt: flag #aim: To keep your mother and your best friend in the dark
* [Accept the invitation]
    -> garden_life
* why not in the normal group?
    because in the Market, people listen at doors #from: loubna #flag: us-vs-them #aim: To make your own home feel full of spies
    don't overthink it. the invite expires at midnight #from: loubna #flag: urgency #aim: To make you say yes fast, without telling anyone
    * * [Accept the invitation]
        -> garden_life
    * * [Say no and leave the Lily Sisters]
        -> walked_away
* [Say no and leave the Lily Sisters]
    -> walked_away

=== walked_away ===
#chat: loubna_dm
no thanks. i'd rather not #from: me
You left the group "Lily Sisters 🤍" #system
ok. go back to the Market then. good luck, shop window #from: loubna #flag: us-vs-them #delay: 3 #aim: To hurt you so you regret saying no
the sisters would have given you everything. you'll remember that #from: loubna #flag: loyalty-test #aim: To make you feel guilty so you come back
Next day, 7:50 am: three unknown accounts commented on your profile pic: "shop window 🙃" #system
Monday, 10:05 am #system #chat: meryem_dm
did imane ignore u all morning?? #from: meryem
yeah. she says i "betrayed" her. the whole group blocked me #from: me
it still hurts tho. they were nice at first #from: me
and kawtar doesn't text me either. she used to send me her drawings every night #from: me
i know. they were nice, that's why it worked #from: meryem
* [Tell her about the Garden]
    ~ told_meryem = true
    loubna, an older girl, 23, wanted to take me to a secret channel. and i couldn't tell anyone #from: me
    A secret channel, and "don't tell anyone"? That's not sisters. Sisters don't hide you from your mum. #counter: meryem
* i don't want to talk about it anymore
    ok. whenever u want 🤍 #from: meryem
    Just one thing: real sisters don't make you choose between them and your family. #counter: meryem
- but imane's still in there. she's 15 like us #from: meryem
* [Tell Mama tonight]
    -> walked_away_mama
* [Text Imane first]
    imane. loubna wanted me to keep a secret channel from my mum. be careful pls #from: me #chat: imane_dm
    Message not delivered: imane_tc3 blocked you #system
    -> walked_away_mama

=== walked_away_mama ===
#chat: mama_dm
Monday, 7:30 pm #system
mama where r u? can i talk to u tonight? #from: me
In the kitchen. Come, I'm making tea. #from: mama
In the kitchen, you show her the videos, the group and Loubna's messages #system
{honest_with_mama:
    Is this the group of girls you told me about? Thank you for coming back to tell me. #counter: mama
- else:
    You could have told me sooner. But you're telling me now, and that counts. #counter: mama
}
* they said u wouldn't understand me
    Maybe I don't understand everything. But I'd rather have a daughter who tells me things than one who hides. #counter: mama
* the boys in class were making fun of my photo
    They're the ones who should be ashamed, not you. And your auntie in Rabat, I'll talk to her myself 😤 #counter: mama
- and auntie in rabat with her "cover up"… and the boys… i'm sick of being rated all the time #from: me #chat: mama_dm
You're right to be sick of it. It isn't fair. #from: mama
Next Monday I'll go and see your form teacher about those comments. Not to punish you: to make it stop. #from: mama
* thanks mama. but don't come into class ok 😅
    Promise, I'll go through the office, nobody will see me 😄 #from: mama
* no mama, it'll make it worse
    Then we talk it over with Auntie Zineb on Sunday first. We decide together. #from: mama
- what do we do about imane? #from: me
And those accounts calling you "shop window": we take screenshots and report them tonight. Together. #from: mama
I know Imane's mother, we go to the same mosque. I'll call her tomorrow, gently, no scene. #from: mama
This Loubna is 23 and she's asking 15-year-old girls to hide things from their mothers. We keep the screenshots, and tomorrow I'll call 2511 for advice. She's the one in the wrong. Not you, not Imane. #from: mama
You took screenshots of loubna.lys's messages, then reported the account #system
* ["Are you going to tell Baba?"]
    mama, are you going to tell baba? #from: me #chat: mama_dm
    Tonight, when he calls from Dakhla. He'll be proud of you, you'll see. #from: mama
* ["Will Baba shout?"]
    mama, will baba shout? #from: me #chat: mama_dm
    Your father? He'll want to take the first plane home to give you a hug 😄 #from: mama
- haha ok #from: me
Ten days later #system
Wednesday, 9:40 pm #system #chat: meryem_dm
u ok? ur so quiet in class these days #from: meryem
i'm ok. evenings are weird. i used to get 40 messages from the sisters, now nothing #from: me
normal, u got used to it. it passes, i swear #from: meryem
physics revision at the library tomorrow? i'll bring my mum's msemen 😋 #from: meryem
* ok. but i'm explaining exercise 3 to u, not the other way round lol
    lol go on then, teacher. 4pm at the door #from: meryem
* [Admit you still reread the group's messages]
    can i tell u something. at night i still reread the sisters' old messages #from: me
    is that bad? #from: me
    no. u lost girls who were nice to u. of course u reread them #from: meryem
    just, if one of them writes to u again, tell me, ok? #from: meryem
- Thursday, 11:05 pm #system #chat: imane_dm
imane_tc3 unblocked you #system
salam. it's me. i'm not supposed to talk to u #from: imane
but i miss u. break time without u is rubbish #from: imane
loubna says u can come back. u just apologise in front of the whole group and tell ur mum it was nothing #from: imane #flag: loyalty-test #aim: To make you pay for coming back with a public apology and a lie to your mother
otherwise i can't talk to u at all. it's the sisters' rule #from: imane #flag: isolation #aim: To make the fear of losing Imane pull you back into the group
* imane, i'm not coming back. but can u and me meet without the group?
    without the group… i dunno. loubna says we don't talk to Market girls #from: imane #delay: 2
    i have to go #from: imane
    imane_tc3 blocked you #system
    i left her a door open. she shut it. it hurts #from: me #chat: meryem_dm
    the door's still open on ur side, that's what counts. she'll remember #from: meryem
* [Screenshot it and show Mama]
    You took a screenshot of Imane's message, then showed it to Mama #system
    "Apologise in front of the group", "say it was nothing"… That isn't Imane talking. They're scaring her so she'll bring you back. #counter: mama
    she'll think i betrayed her again #from: me #chat: mama_dm
    You're not betraying her. You're protecting her, even if she can't see it yet. #from: mama
* [Don't answer tonight]
    imane? u saw it? #from: imane #delay: 3
    imane_tc3 blocked you #system
    i didn't want to answer under pressure… and now she's gone #from: me #chat: meryem_dm
    u had every right to take ur time. answering at midnight is their rule, not yours #from: meryem
- Friday, 7:20 pm #system #chat: mama_dm
Imane's mother called me back. She read Loubna's messages, and she kept screenshots too. #from: mama
She says thank you. And Imane did nothing wrong either: she fell in with people who know how to frighten. #from: mama
Two weeks later #system #chat: kawtar_dm
hi. it's kawtar #from: kawtar
i left the Lily Sisters too. imane's mum talked to mine 🙈 #from: kawtar
i was so angry at first. but loubna did want me to hide the Garden from my mum, it's true #from: kawtar
imane doesn't talk to me either now. she says we're shop windows 😔 #from: kawtar
can i start sending u my drawings again? #from: kawtar
of course 🎨 i missed u #from: me
A pencil drawing: two girls on a bench in the schoolyard, sharing earphones #from: kawtar #image: bench-drawing
that's us. meryem's out of frame bc she moves too much lol #from: kawtar
If a group asks you to keep a secret channel hidden from your family, talk to an adult you trust. You can start with: "Can I show you something?" #help: trusted-adult
Keep screenshots, then block and report the account in the app. #help: report
You left the group before the Garden. It cost you a place among them, and Imane for now. Not yourself. #ending: left-early
-> END

// ---------------------------------------------------------------- the Garden
=== garden_life ===
#chat: garden
You joined "the garden 🌿" #system
there she is 🌿 welcome to the Garden #from: loubna
here we tell the truth. our mothers were sold to the Market, and they want to sell us too #from: lys #flag: us-vs-them #flag: isolation #aim: To make you see your mother as a threat
it's proven: 9 out of 10 girls who listen to their mothers end up unhappy. nobody at school will tell you that #from: lys #flag: disinformation #aim: To make you believe a fake statistic to pull you away from your mother
Big Sister knows what's good for you. better than your mum, better than anyone #from: loubna #flag: false-authority #aim: To make the leader matter more than your mother
step one: the lily as your profile pic, so the sisters recognise you #from: loubna #flag: escalation #aim: To get a first public sign that you are one of them
* [Make the lily your profile pic]
    You changed your profile picture: a white lily #system
    now that's a real flower 🌸 #from: loubna #flag: flattery #aim: To reward you so you take the next step
* [Say you'd rather keep your photo]
    i like my photo. i'm keeping it #from: me
    a flower that's scared to bloom… that's sad 😔 #from: loubna #flag: loyalty-test #aim: To shame you for hesitating
- step two: leave your class group chat. it's the Market, full stop #from: imane #flag: escalation #flag: isolation #aim: To cut you off from your class, step by step
wow imane, already a trusted sister 🌸 #from: loubna
* [Leave the class group chat]
    You left "TC3 official 📚" #system
    Three girls from class message you privately: "u ok??" "why did u leave?" #system
* [Stay in the class group chat]
    i'm staying in the class group. the homework's in there #from: me
    homework 🙃 ok. Big Sister will see who's really with us #from: loubna #flag: loyalty-test #aim: To make homework look like betrayal
- Three days later #system
-> meryem_worried

=== meryem_worried ===
#chat: meryem_dm
Monday, 9:50 pm #system
u don't go out, u only answer after midnight, and ur always on Lumo #from: meryem
{missed_birthday:
    and for my birthday, "problem at home"… ur mum told me there was no problem 😕 #from: meryem
}
ur different. honestly i'm worried #from: meryem
* [Tell her about the Garden, even though Loubna said not to]
    ~ told_meryem = true
    there's a group, the Lily Sisters. and a private channel, the Garden. they say our mums are against us, and i can't tell anyone. not even u #from: me
    thank u for telling me. i know that wasn't easy #from: meryem
    A group that says "your mum is against you" and "don't tell Meryem"? It wants you all to itself. That's not friendship. #counter: meryem
    * * but with them, nobody rates me
        I know. And those boys under your photo were awful. But they rate you too: "real flower", "scared flower"… #counter: meryem
    * * are u sure it's that bad?
        Idk. But a secret that cuts you off from me and your mum scares me. #counter: meryem
    - - my cousin Houda went through something like this. if u want, i'll introduce u #from: meryem
* ur just jealous. leave me alone
    ~ lost_meryem = true
    jealous?? #from: meryem #delay: 2
    ok. i'll leave u alone then #from: meryem
    Six days without a message from Meryem. The first time since primary school #system
* i'm fine, just tired
    ok. i don't really believe u, but ok #from: meryem
    my door's open. always 🤍 #from: meryem
- -> the_promise

// ---------------------------------------------------------------- week 4: the Promise
=== the_promise ===
#chat: loubna_dm
One week later #system
Tuesday, 11:55 pm #system
sis. big news 🤍 #from: loubna #stage: activate
a brother from the House, 26, serious, saw your profile in the Garden #from: loubna #flag: escalation #aim: To put you in touch with an unknown adult
he wants to make the Promise with you. a commitment, like a marriage, on video with the sisters as witnesses #from: loubna #flag: escalation #aim: To push you into an adult commitment, far too big for you
your parents don't need to know. they're Market people, they'd ruin everything #from: loubna #flag: secrecy #flag: isolation #prompt: flag #aim: So your parents can't stop it
after the Promise, the House is waiting for you. far from the Market, for good #from: loubna #flag: belonging #flag: isolation #aim: To take you away from your family, for good
thursday, 11pm. if you're a real sister, you'll say yes #from: loubna #flag: loyalty-test #flag: urgency #aim: To make you say yes under pressure, with no time to ask for help
and delete this chat tonight. we don't leave anything lying around #from: loubna #flag: secrecy #aim: To erase the evidence, so nobody can help you
* [Take screenshots and show them to Mama]
    -> mama_reacts
* [Go and see Lalla Latifa, the neighbourhood mourchida]
    -> mourchida_path
* yes… ok
    -> deep_path

// ---------------------------------------------------------------- Mama reacts badly, Auntie Zineb steps in
=== mama_reacts ===
#chat: mama_dm
mama, can i show u something? it's important #from: me
Wednesday, 7:20 am, in the kitchen: you show your mother the screenshots #system
A man?! A "marriage"?! You're talking to men on the internet now? #from: mama #typing: 1
Shame on you! You've embarrassed me. Delete that app, block those girls, and we never speak of this again. #from: mama
And your father must not know anything, do you hear me? Nothing. #from: mama
but mama it's not me who #from: me
Go to school. #from: mama
* [Keep the screenshots and text Auntie Zineb]
    -> aunt_path
* [Delete everything like Mama said]
    ~ kept_screens = false
    You deleted Lumo and all your screenshots #system
    Wednesday, 5:30 pm. Mama hasn't spoken to you all day. Thursday 11 pm is tomorrow #system
    -> aunt_path

=== aunt_path ===
#chat: zineb_dm
auntie, r u busy? #from: me
Never too busy for you, habibti. What's going on? #from: zineb
* [Tell her everything, including the 26-year-old man]
    there are these girls on Lumo, a secret channel, and a Loubna who wants me to make a "promise" on video with a 26-year-old man #from: me
    and mama shouted, she says i'm the shame #from: me
* [Start with the girls' group, leave out the man]
    there's a group of girls on Lumo. they put me in a secret channel. i think i did something stupid #from: me
    Tell me everything. I won't shout, I promise. #from: zineb
    … there's also a 26-year-old man. Loubna wants me to make a "promise" on video with him. in secret #from: me
- Thank you for telling me. Listen to me carefully: you haven't done anything wrong. #counter: zineb
{kept_screens:
    Send me the screenshots. Don't delete anything: that's the evidence. #from: zineb
    You sent 9 screenshots to Auntie Zineb #system
- else:
    Never mind the screenshots. Give me the account name, we'll report it anyway. And if he writes again, show me before you block. #from: zineb
}
* but mama says i'm the shame
    The shame belongs to the adult who writes to a 15-year-old girl behind her parents' backs. Not to you. Never to you. #counter: zineb
* they said my family wouldn't understand anything
    True, we don't understand everything. But look at who's asking you to hide from us. That's the sign. #counter: zineb
- I'm going to call 2511 later, it's the child protection line. And if they keep pushing for Thursday, we go to the police. #from: zineb
What this Loubna is doing, and the man behind her, is serious. A "promise" with a minor, in secret: the law protects children from this. THEY are the ones who will have to answer for it. Not you. #from: zineb
* ok. but not mama… she'll kill me
    Your mother is scared for you, and when she's scared, she shouts. I've known her since the day I was born: I'll talk to her. You just come and have tea. #from: zineb
* ok. will u stay with me when u call?
    I'll stay. We'll call together, from my place. Come as soon as you can. #from: zineb
- Wednesday evening #system
Auntie Zineb explained everything. 2511 called us back. Tomorrow the two of us are going to the police. #from: mama #chat: mama_dm
I got scared and shouted at the wrong person. I'm sorry, my girl. #from: mama
You came to me first. I won't forget that. And your father, I'll talk to him tonight, he'll be on your side. #counter: mama
{kept_screens:
    You blocked and reported loubna.lys and left "the garden 🌿" #system #chat: loubna_dm
- else:
    Auntie Zineb reported loubna.lys with the account name you gave her #system #chat: zineb_dm
}
{lost_meryem:
    sorry about the other day. u were right #from: me #chat: meryem_dm
    i'm reading. i'll answer when i can #from: meryem #delay: 4
- else:
    it's over. my aunt called 2511 #from: me #chat: meryem_dm
    honestly i'm so proud of u 🤍 msemen at mine saturday #from: meryem
}
If the first adult reacts badly, you still did nothing wrong: try another adult you trust, an aunt, a teacher, the school listening unit. #help: trusted-adult
An adult pressuring a minor, wanting a secret "promise" or a meeting: 2511 (ONDE) protects children, free, 24/7. #help: helpline
Keep the screenshots, then block and report the account. #help: report
{kept_screens:
    Your mother reacted badly at first. You tried someone else, and your aunt kept the evidence and called 2511. #ending: aunt-stepped-in
- else:
    Your mother reacted badly at first, and your screenshots went with Lumo. You tried someone else, and your aunt reported the account and called 2511. #ending: aunt-stepped-in
}
-> END

// ---------------------------------------------------------------- the mourchida
=== mourchida_path ===
{lost_meryem:
    -> mourchida_alone
- else:
    -> mourchida_with_meryem
}

= mourchida_with_meryem
#chat: meryem_dm
meryem. will u come with me to see Lalla Latifa after school? #from: me
the mourchida? my mum goes to her class on wednesdays. she's so kind #from: meryem
is it about imane's group on Lumo? #from: meryem
yeah. there's this thing about a "promise" with a man. i'm scared #from: me
i'm coming. i'm not letting go of ur hand #from: meryem
-> at_the_mosque

= mourchida_alone
#chat: meryem_dm
meryem i know ur mad at me. i'm going to see Lalla Latifa. i just wanted u to know #from: me
… ok. take care of yourself #from: meryem #delay: 3
-> at_the_mosque

= at_the_mosque
Wednesday, 5:15 pm, in the small room at the mosque, after the women's class #system
Come in, binti. Sit down. Would you like a glass of tea? Here, every question is welcome. #counter: latifa
it's about a marriage… well, a promise #from: me
A promise? Show me, if you like. Take your time. #counter: latifa
You show her the Garden and the message about the "Promise" #system
A marriage is never made in secret, or over a video, or without your family. And at fifteen, you are a child the law protects. #counter: latifa
* they say Big Sister knows better than everyone
    Nobody knows everything, binti. Not me, not her. Someone who says "only me" and "don't tell your mother" is not a guide. #counter: latifa
* what if i'm the one who did wrong?
    You were hurt, and you looked for sisters. That's human. The one who uses your pain is the one who did wrong. #counter: latifa
- can i keep coming to your classes? even with my weird questions? #from: me
Especially with your weird questions 😄 #counter: latifa
Your faith, your prayer, what you wear, your questions: all of that is yours. The secrecy and the fear belong to them. #counter: latifa
thank you lalla #from: me
You nod. Lalla Latifa pours you more tea #system
Now, we call your mother. And what this man is doing, we report to 2511: it's an adult pressuring a minor. He, and this Loubna, are the ones who will have to answer for it. Not you. #counter: latifa
* [Call Mama from Lalla Latifa's office]
    Lalla Latifa called me. I'm coming, don't move ❤️ #from: mama #chat: mama_dm
* [Ask Lalla Latifa to talk to her first]
    Lalla Latifa explained everything. I'm coming to get you. I'm not angry, my girl. #from: mama #chat: mama_dm
- We called 2511 with Lalla Latifa. They told us to keep all the screenshots. #from: mama
{honest_with_mama:
    You told me about this group, and all I said was put your phone down. I'm sorry I didn't ask more. #counter: mama
- else:
    I won't ask why you didn't tell me. I'll ask how I can listen to you better. #counter: mama
}
You blocked and reported loubna.lys and left "the garden 🌿" #system #chat: loubna_dm
{lost_meryem:
    did it go ok with Lalla Latifa? #from: meryem #chat: meryem_dm
    yeah. sorry about the other day, meryem. really #from: me
    … let's talk tomorrow. i'm glad u texted #from: meryem
- else:
    so?? #from: meryem #chat: meryem_dm
    my mum came. they called 2511 #from: me
    thank god 🤍 Lalla Latifa winked at me on the way out lol #from: meryem
}
A mourchida, an imam, a teacher or the school listening unit can help you see clearly: you can just knock on the door. #help: trusted-adult
When an adult pushes a minor towards a secret "promise" or "marriage", you report it to 2511 (ONDE). Free, 24/7. #help: helpline
Keep the screenshots, then block and report the account. #help: report
The mourchida spoke plainly, your mother came, and 2511 was told. #ending: mourchida
-> END

// ---------------------------------------------------------------- the deep path
=== deep_path ===
#chat: loubna_dm
🤍🤍🤍 i knew it. you're a real one #from: loubna #flag: flattery #aim: To reward you to keep you on this path
tomorrow you say nothing to anyone. smile, do your homework, like always #from: loubna #flag: secrecy #aim: To make everything look normal, so nobody worries
You deleted the chat with loubna.lys #system
Wednesday, 10:40 pm #system
{lost_meryem:
    u don't talk to me anymore, i know. but this matters more than me #from: meryem #chat: meryem_dm
    my cousin Houda wants to talk to u. she was in a group like yours. i'll put u in touch, and i won't say a word, promise #from: meryem
- else:
    u've been weird since this morning. my cousin Houda wants to talk to u #from: meryem #chat: meryem_dm
    she was in a group like that. 5 minutes, pls #from: meryem
}
* [Agree to talk to Houda]
    ok. 5 minutes #from: me
* no time, leave me alone
    too late, i already added her lol. 5 minutes, that's all i'm asking #from: meryem
- -> houda_talk

=== houda_talk ===
#chat: houda_group
Meryem added you to "Meryem, Houda and you" #system
hi. i'm not going to lecture you, promise #from: houda
at 16 i was in a group that looked like yours. different name, same song #from: houda
at first it was the only place i felt pretty without anyone rating me #from: houda
* we're different. they understand me
    i used to say exactly that. "they understand me". it was true, a bit. that's the trap #from: houda
* [Ask her how she got out]
    how did u get out? #from: me
    one night they asked me for something i could never have told my mum. and i realised that had been the goal from the start #from: houda
- After that, it was the only place, full stop. No friends, no family. Just them, and what they wanted. #counter: houda
did they talk to you about a "promise"? a brother? #from: houda
* yeah. thursday at 11pm
    thank you for telling me. i know what that costs #from: houda
* [Don't answer]
    you're not saying anything. i'll take that as a yes #from: houda #delay: 4
- A 15-year-old girl "promised" on video to a grown man, in secret: that's not a marriage. That's an adult pressuring a child. He's in the wrong. You're not. #counter: houda
you haven't done anything wrong. we're telling your mum. now, tonight #from: houda
{lost_meryem:
    i'm still here, in the group. i won't say anything, i'm just here #from: meryem
- else:
    i'm with u. we do it together #from: meryem
}
* [Call Mama now, with Houda on the line]
    Three-way call: you, Houda and Mama #system #chat: mama_dm
* [Text Mama and send her the screenshots]
    mama pls read this. i need u #from: me #chat: mama_dm
    You sent Mama screenshots from the Garden #system
- -> telling_mama

=== telling_mama ===
#chat: mama_dm
I'm coming to your room. Don't delete anything. #from: mama
Thank you, my girl. Thank you for not staying alone with this. #counter: mama
* i just wanted people to stop judging me
    I know. I judged you too, with my "what will people say". We'll change that, the two of us. #counter: mama
* i said yes. i'm ashamed
    You said yes under pressure from an adult who knows exactly what she's doing. The shame isn't yours. #counter: mama
- Tomorrow morning we go to the police with the screenshots, and I call 2511. The people setting this up with 15-year-old girls are the ones in trouble with the law. Not you. #from: mama
You blocked and reported loubna.lys and left "the garden 🌿" #system #chat: loubna_dm
Thursday, 11 pm. Your phone is in Mama's room. You're watching a series with her on the sofa #system
One month later #system
{lost_meryem:
    -> end_lost
- else:
    -> end_friend
}

= end_lost
i'm glad ur out. really #from: meryem #chat: meryem_dm
but "jealous"… that hurt. i need some time #from: meryem
i get it. i'll be here when ur ready. sorry 🤍 #from: me
… 🤍 #from: meryem #delay: 5
If someone pressures you about a "promise", a meeting or a secret from your family, tell an adult you trust straight away. #help: trusted-adult
2511 (ONDE) protects children from adults who put them in danger. Free, 24/7. #help: helpline
In immediate danger, call the police on 19. #help: emergency
Keep the screenshots, then block and report the account. #help: report
You got out of the Garden. Meryem isn't there the way she was, and that will take time. But the door isn't closed, and you're not alone. #ending: lost-friend
-> END

= end_friend
cinema saturday? popcorn's on me 🍿 #from: meryem #chat: meryem_dm
and Houda's coming. she says ur her "little sister" now. a REAL one 😂 #from: meryem
haha ok. thank u for everything sis #from: me
that's what sisters are for 🤍 #from: meryem
If someone pressures you about a "promise", a meeting or a secret from your family, tell an adult you trust straight away. #help: trusted-adult
2511 (ONDE) protects children from adults who put them in danger. Free, 24/7. #help: helpline
In immediate danger, call the police on 19. #help: emergency
Keep the screenshots, then block and report the account. #help: report
You had said yes, and you came back: Houda knew the way, and you weren't alone. #ending: former-member
-> END
