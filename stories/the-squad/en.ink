// The squad: a battle royale on the phone, an older player, a private server and a fictional "pack".
// Everything is invented: Skyfall Arena, SkyCoins, Vortex, the Midnight Pack, its logo and its lines.
// It takes seven weeks: Walid takes his time, that is how it works.
VAR player_gender = "unsaid"
VAR mocked = false
VAR told_anas = false
VAR defended_salma = false
VAR posted_logo = false
VAR screenshots = false
VAR refused_gift = false

-> lobby

// Lines that address the player: girl, boy, or unsaid (English rarely needs them).
=== function g(girl, boy, unsaid) ===
{
- player_gender == "girl": ~ return girl
- player_gender == "boy": ~ return boy
- else: ~ return unsaid
}

// ---------------------------------------------------------------- week 1: top 1
=== lobby ===
#chat: squad
Friday, 9:48pm · Skyfall Arena · Match over · TOP 1 🏆 #system
TOP 1 FINALLY 🔥🔥🔥 #from: salma
End screen on Ilyas's phone: our squad 1st out of 60, 14 eliminations #from: ilyas #image: victory-screen
that clutch at the end 😮 pls teach me to aim like that #from: ayoub
and thanks Walid for the zone call early on 🙏 #from: salma
haha no worries. but I wasn't the boss tonight 😎 #from: walid #stage: target
you play better than guys who are 20, for real #from: walid #flag: flattery #aim: To please you so you want to keep talking to him
how old are you anyway? #from: walid
* 14[], why?
    14?? 😳 you're going places, I'm telling you #from: walid #flag: flattery #aim: To make your young age feel like something to be proud of, not a reason to be careful
    Walid stop, it'll go to their head lol #from: salma
* thanks 😅 it was the team really
    modest too 😏 but you're the one carrying everyone #from: walid #flag: flattery #aim: To make you see yourself as above your teammates
    hey, we exist too 😤😂 #from: ilyas
* why do you want to know?
    relax lol. I don't see players like you very often, that's all #from: walid #flag: flattery #aim: To calm your doubts and make you feel unique in his eyes
    lol the squad's paranoid one 😂 #from: ilyas
    fair question tbh 😂 #from: salma
- same time tomorrow? we've got a title to defend 😤 #from: ilyas
ok. and this time I'm not dying first 😭 #from: ayoub
gotta go, night team 🌙 #from: salma
-> dinner

=== dinner ===
#chat: family
Dinner's ready! Chicken and olive tagine 🍲 And phones stay in the living room 😄 #from: mum
coming mum 🏃 #from: me
#chat: anas_dm
Later, 11:05pm #system
1v1 on Skyfall… 3-0 to you. have you been taking lessons or what 😤 #from: anas
we got top 1 with the squad earlier 😎 #from: me
nice one 👏 who's in your squad again? #from: anas
Ilyas, Salma, Ayoub. and Walid, a friend of Ilyas's cousin. he's like 20, he's really good #from: me
ok ok. rematch when I'm back from uni, I'll train in secret lol #from: anas
-> surprise

// ---------------------------------------------------------------- an ordinary secret
=== surprise ===
#chat: salma_dm
Monday, 1:10pm #system
psst 🤫 Ayoub's birthday is on the 28th #from: salma
we're doing a surprise after the neighbourhood football match. my mum's making the cake 🎂 #from: salma
don't say anything to Ayoub ok, or it won't be a surprise lol #from: salma
* ok my lips are sealed 🤐
    great. Ilyas is bringing the speaker. can you do the playlist? #from: salma
* love it, what should I bring?
    the playlist! you've got the best songs 🎶 #from: salma
* how old is he again?
    15. he's getting old lol. can you do the playlist? #from: salma
- sure, I've got it 🎶 #from: me
you're the best 🙏 my place at 5pm, my parents know #from: salma
-> exam_week

// ---------------------------------------------------------------- week 1: the test
=== exam_week ===
#chat: class
Wednesday, 7:20pm #system
anyone get question 3?? maths test tomorrow 😭 #from: ayoub
nope. and miss said it's "easy" 💀 #from: ilyas
sending you my notes. they're ugly but they're right #from: salma
#chat: squad
ranked tonight? we're 40 points off Diamond 💎 season ends sunday #from: ilyas
are you serious? we've got a test tomorrow #from: salma
one game. just one. with you we're done in 20 min 🙏 #from: ilyas
* [Play one game, just one]
    let's go 🔥 starting it #from: ilyas
    Ranked match · Top 4 · 18 points off Diamond #system
    one more? 👀 #from: ilyas
* [Say you're revising tonight, even if Ilyas moans]
    revising tonight, sorry. question 3 scares me #from: me
    seriously 😩 the season ends sunday #from: ilyas
* let's do question 3 on voice first, then play?
    ok but quick then 😂 #from: ilyas
    Voice call · 40 min · "Class 3AC" #system
- Ilyas leave it, go revise. we'll get Diamond on saturday #from: walid
I failed my first year at uni because of gaming. don't be like me 😅 #from: walid
ok dad Walid 😂 #from: ilyas
he's right tbh #from: salma
#chat: family
Anas says you play until midnight 😒 Tonight the phone sleeps in the kitchen at 10 #from: mum
* ok mum
    Thank you. Good luck tomorrow, I'll make msemen for breakfast 🥞 #from: mum
    #chat: squad
    Thursday, 7:05am #system
    where were you last night?? 😭 chill game at 11, Ayoub fell off the bridge mid-call, we were crying laughing #from: ilyas
* mum pleeease, just tonight, it's the end of the season
    The season of what? 😄 10:30. Not a minute more #from: mum
    and I decide, not the season #from: mum
* [Ask Anas why he snitched]
    #chat: anas_dm
    you snitched?? 😤 #from: me
    I didn't snitch 😂 she heard you yelling "CLUTCH" at 1am, the whole street heard #from: anas
    and good luck tomorrow. question 3 is Thales' theorem, look at page 112 #from: anas
- #chat: class
Thursday, 12:40pm #system
how did it go?? #from: salma
I didn't get question 3 at all. gonna get a 6 😭 my dad's gonna take my phone #from: ayoub
* [Offer to revise together for the next one]
    next time we revise together, at mine or on voice? #from: me
    for real? you're the best 🙏 #from: ayoub
* don't worry, I struggled too
    that makes me feel a bit better lol #from: ayoub
* lol welcome to the club 💀
    at least there'll be two of us at the back of the class 😂 #from: ayoub
- miss gives the tests back on monday. pray for us 🤲 #from: ilyas
-> next_evening

// ---------------------------------------------------------------- weeks 2 and 3: trust
=== next_evening ===
#chat: squad
Two weeks later #system
Wednesday, 9:40pm #system
who's up for a ranked? 🎮 #from: me
can't 😭 maths test tomorrow #from: ilyas
same, no data till the 1st 💀 #from: salma
I'm at my grandma's in Sefrou, zero signal lol #from: ayoub
oh and I sent you my aim settings, try them and tell me 😉 #from: ayoub
ok… tomorrow then 😪 #from: me
#chat: walid_dm
#stage: trust
yo sniper 😎 your squad bailed on you tonight? #from: walid
come on, let's duo. like every night this week #from: walid
Duo match with Walid · 3 wins in a row #system
hey, you ok? you sounded off on voice #from: walid
* meh… I messed up my presentation, the whole class laughed at me
    ~ mocked = true
    let them laugh. they're rabbits #from: walid #flag: grievance #flag: us-vs-them #aim: To turn your embarrassment into anger at the other players, and put you on his side
    they mock people who are better than them. I know what you're worth #from: walid #flag: flattery #aim: To make you believe he is the only one who sees your worth
* I'm fine don't worry
    you sure? 🤨 you can tell me anything, I don't judge #from: walid
* [Don't answer]
    hello? 👀 ok, not in the mood to talk, that's fine lol #from: walid #delay: 4
- Walid gave you the "Fire Phoenix" skin · 1,200 SkyCoins #system
The Fire Phoenix skin, orange wings, tagged "Gift from Walid" #from: walid #image: skin-gift
a gift 🎁 for the best sniper I know #from: walid #flag: gifts #flag: flattery #prompt: flag #aim: To give you a present so you feel you owe him
don't worry, it's nothing. we're a family here, we help each other 🤝 #from: walid #flag: belonging #aim: To make you feel you are already part of his "family"
* wow thanks 😍[] you're a real one
    of course 😎 one day you'll do me a favour, that's how it is in a family #from: walid #flag: gifts #aim: To set up the moment when he asks for something in return
* that's too much, take it back. I can't accept it
    ~ refused_gift = true
    …ok. you're weird. you don't turn down a gift #from: walid #delay: 3
    too late anyway, it's on your account lol. you owe me one #from: walid #flag: gifts #aim: To leave you unable to refuse the gift, so you owe him something
* [Send a screenshot to Anas]
    ~ told_anas = true
    #chat: anas_dm
    look what a guy from the squad gave me 😳 #from: me
    1,200 coins?? that's 100 dirhams. how long has he known you? #from: anas
    three weeks. he's Ilyas's cousin's friend, the ranked guy #from: me
    hmm. free gifts often come with a bill later 🤨 keep your eyes open #from: anas
- -> match_day

// ---------------------------------------------------------------- week 3: the neighbourhood match
=== match_day ===
#chat: squad
Saturday, 5:30pm #system
NEIGHBOURHOOD MATCH: 3-2 ⚽🔥 I scored the last one #from: ayoub
with his left foot too, we all screamed 😭 #from: ilyas
well done Ayoub 👏 #from: salma
gg goal machine ⚽ #from: walid
#chat: salma_dm
hey… does Walid message you a lot in private? #from: salma
he wrote to me twice. questions about my parents, where I live. I didn't answer #from: salma
idk, I don't have a good feeling. but maybe it's just me 🤷‍♀️ #from: salma
* [Tell her about the skin, even if she'll think you're his favourite]
    he gave me the Fire Phoenix. 1,200 coins #from: me
    what?? 😳 he never gave me anything. why you? #from: salma
    idk… he says I play well #from: me
    hmm. be careful anyway. a gift like that is never free #from: salma
* he's nice, he's just helping me aim
    he's nice with you. with me he asks too many questions #from: salma
    anyway. if he ever asks you something weird, you'll tell me? #from: salma
* you're jealous cause he plays with me? 😂
    lol whatever 🙄 #from: salma
    I don't care about his duos. I just don't have a good feeling #from: salma
- #chat: walid_dm
Saturday, 10:05pm #system
so, your maths test? what did you get? #from: walid
* [Tell him your real mark: 9 out of 20]
    9?? someone who reads the game like you? you're not the problem, their system is #from: walid #flag: flattery #flag: grievance #aim: Make you believe your bad marks come from an unfair system, and that only he sees what you are worth
    they reward people who recite. not people who think #from: walid #flag: grievance #aim: Get you to resent school and teachers instead of asking them for help
* [Say it went fine]
    liar 😂 Ilyas said you all struggled #from: walid
    you don't have to pretend with me. here we tell each other everything #from: walid #flag: belonging #aim: Get you to tell him everything, him rather than your family or friends
* got a tutorial for maths too? 😂
    lol I was terrible at maths. but the game, that I can teach you #from: walid
    tonight 10:30, I'll show you a rotation trick. just for you 😉 #from: walid #flag: flattery #aim: Make a one-to-one meeting late at night feel like a privilege you should accept
- ok. duo tomorrow? #from: walid
* [Say yes]
    tomorrow 3pm, I'm in #from: me
    Sunday, 3:40pm · Duo match with Walid · 2 wins #system
    never get bored playing with you. you're my favourite partner #from: walid #flag: flattery #aim: Make his praise matter so much that you no longer want to let him down
* can't tomorrow, it's lunch at my grandma's
    family first 👍 say salam to your grandma from me #from: walid
    Sunday, 3:40pm · Walid played duos with Ayoub · 2 wins #system
* [Leave the message on seen]
    Seen at 10:09pm #system
    good night anyway 🌙 #from: walid #delay: 3
- -> lions_night

// ---------------------------------------------------------------- week 4: the night of the Lions match
=== lions_night ===
#chat: family
Tuesday, 8:15pm #system
Lions match tonight 🇲🇦 Everyone in the living room at 9. I bought sunflower seeds 😄 #from: dad
and I made tea 🫖 #from: mum
back from uni at 8:50, wait for me for kick-off #from: anas
#chat: walid_dm
ranked tonight with some mates of mine. real ones, not kids #from: walid
they want to see the sniper I keep talking about 😎 #from: walid #flag: flattery #aim: Make you feel his group is waiting for you, so that you want to go
9pm. you in? #from: walid
* [Watch the match with your family]
    I can't, the Lions are playing and I'm watching with my family #from: me
    ok. #from: walid #delay: 3
    your family never lets you do what you want, huh #from: walid #flag: isolation #aim: Turn you against your family so they are no longer the ones who protect you
* [Play with Walid, phone under the table]
    Ranked match with Walid and two players you don't know · Victory #system
    #chat: family
    GOOOAL 🇲🇦🦁 and you didn't even look up 😒 #from: anas
* can we play after the match? it's the Lions tonight
    after the match they won't be around. it's now or never #from: walid #flag: urgency #aim: Rush you so that you decide before you tell anyone
    fine. watch your match 🙄 #from: walid
- #chat: anas_dm
Tuesday, 9:50pm · Half-time #system
who's been texting you all evening? your phone won't stop buzzing 👀 #from: anas
* [Tell him it's a guy from the squad who wants to play]
    during the Lions?? 😂 how old is this guy? #from: anas
    20 I think #from: me
    hmm. 20 and he plays every night with school kids… ok. just keep your eyes open, that's all #from: anas
* [Say it's the squad, nothing special]
    ok. tell them the Lions come first 😄 #from: anas
* [Put your phone in your pocket]
    You put your phone on silent #system
    there you go 😄 second half, come on #from: anas
- #chat: family
2-0 🦁🦁 Well done Lions! Good night everyone, school tomorrow #from: dad
night dad 🌙 #from: me
-> invite

// ---------------------------------------------------------------- week 4: isolate
=== invite ===
#chat: walid_dm
Four days later #system
Saturday, 10:15pm #system
#stage: isolate
listen. I'm part of a group, the Midnight Pack 🐺 #from: walid #typing: 3
not just gamers. a real family, we never let each other down #from: walid #flag: belonging #aim: To make you believe his group will be more loyal to you than your friends
we've got a private server on Vortex. everyone reads everything here, let's talk there #from: walid #flag: channel-switch #aim: To take you somewhere nobody can see what he says to you
vortex.link/midnight-pack #from: walid
and don't tell Ilyas and Salma ok. they're not ready #from: walid #flag: secrecy #aim: To cut you off from your friends and keep you quiet
and next Saturday is the server tournament: without me your squad won't get through the qualifiers, you know it #from: walid
* [Block and report Walid, even if the squad loses its best player]
    -> blocked_early
* why do I have to hide it?
    -> why_secret
* [Ask Anas what he thinks]
    -> ask_anas
* ok I'm coming 🐺
    -> vortex

= why_secret
because people are jealous of what we've got #from: walid
and the link expires at midnight ⏳ after that it's over #from: walid #flag: urgency #aim: To make you decide fast, before you talk to anyone or think it over
* [Block and report Walid, never mind the tournament]
    -> blocked_early
* [Ask Anas]
    -> ask_anas
* fine, I'll just have a look
    -> vortex

=== ask_anas ===
#chat: anas_dm
Anas, a guy is inviting me to a private server and telling me not to tell my friends #from: me
who? #from: anas #typing: 1
{told_anas:the skin guy. Walid|Walid, the one who gave me a skin}. he's like 20 #from: me
ok. Vortex itself isn't the problem, I'm on it with my coding club #from: anas
but a gift, then a secret, then a hidden server… that's not normal #from: anas
but if I block him, the squad's dead for the tournament. Ilyas will be mad at me #from: me
maybe. a tournament can be replayed. a guy who asks you to lie to your friends, no #from: anas
A real friend isn't afraid of others seeing what he says to you. Someone who showers you with gifts and then asks you to lie to your friends isn't a brother. You can block him, and I'm here. #counter: anas
* [Block and report Walid]
    -> blocked_early
* I'll just look for 2 minutes
    ok… if anything makes you uncomfortable, you leave and text me. promise? #from: anas
    promise #from: me
    -> vortex

// ---------------------------------------------------------------- ending: blocked early
=== blocked_early ===
#chat: walid_dm
Block Walid? He won't be able to message you or see your profile #system
* [Take screenshots first]
    ~ screenshots = true
    3 screenshots saved to your gallery #system
* [Block right away]
- You blocked Walid #system
Report sent to ChatApp · Reason: "suspicious behaviour towards a minor" #system
#chat: squad
guys, Walid gave me a skin, then he wanted me to join a secret server without telling you #from: me
what?? 😳 #from: ilyas
wait… he gave me 500 coins too last month #from: ilyas
he DMed me too. I didn't answer, I had a bad feeling #from: salma
Ilyas removed Walid from the group #system #left: walid
and Saturday's tournament? without him we're three, we'll never get through 😩 #from: ayoub
* we find a 4th, there's Hamza from 3B
    Hamza camps in the bushes the whole match lol #from: ilyas
    fine… better than nothing. I'll text him #from: ilyas
* forget the tournament. I'd rather lose than play with him
    yeah. still hurts though, we've been training for a month 😞 #from: ayoub
- sorry guys, I'm the one who brought him in. he's my cousin's friend, I didn't know 😞 #from: ilyas
it's not your fault Ilyas. he's good at this, that's all #from: salma
#chat: anas_dm
{told_anas:Anas, the skin guy… I blocked him|Anas, a guy from the squad, Walid… I blocked him}. we're going to miss the tournament because of it #from: me
{screenshots:
    you took screenshots first? perfect, that's exactly the right move 👏 #from: anas
- else:
    you did the right thing 👏 no screenshots? that's ok, your report still counts #from: anas
}
there'll be other tournaments. what did he say exactly? #from: anas
that it's a "real family", and that I shouldn't tell Ilyas and Salma #from: me
classic. first the gift, then the secret, then they cut you off from your friends #from: anas
but Salma asked me to keep a secret too, for Ayoub's birthday 🤔 #from: me
that's a surprise: it lasts a few weeks, it ends in a party, and her parents know 🎂 #from: anas
Walid wanted you to hide something from your friends, forever. not the same #from: anas
and the skin, what do I do with it? #from: me
* I'm keeping it, it's not my fault
    keep it if you want. a gift doesn't oblige you: you owe him nothing, no skin, no "favour" #from: anas
* I'm removing it, I don't want to see it
    up to you. but remember: a gift doesn't oblige you. you owe him nothing #from: anas
- shall we tell mum and dad at lunch tomorrow? just so they know #from: anas
{mocked:
    and also… at school they've been making fun of me since the presentation. that's why I talked to him #from: me
    ah… that hurts. we'll talk about that too. there are adults at school for this, you don't have to take it on your own #from: anas
}
#chat: family
Sunday, 1:30pm #system
Thank you for showing us. You did exactly the right thing, and you have nothing to blame yourself for #from: dad
I'll call Ilyas's mum about the 500 coins. She needs to know #from: mum
{screenshots:I'm keeping your screenshots|I'm taking screenshots of what's left: his messages, the gift}, and tomorrow I'm calling 2511. An adult who gives gifts to 14-year-olds and asks them for secrecy is the one in the wrong. Not you, not Ilyas #from: dad
And if anyone ever messages you something that makes you uncomfortable, even late at night, you come to us. Ok? #from: dad
ok 🙂 #from: me
You did nothing wrong. Someone tried to buy you with a gift and pull you away from your friends. You saw it and you said it: that's real strength. #counter: anas
-> after_block ->
#chat: squad
Saturday, 4:30pm · Tournament qualifiers · out in the quarter-finals 💀 #system
Hamza camped 20 minutes in a bush lol #from: ilyas
at least we laughed 😂 next year we destroy them #from: ayoub
btw did you try my aim settings? #from: ayoub
yeah, they're great. thanks 🙏 #from: me
Two weeks later #system
Saturday 28th, 4:45pm #system
is the playlist ready? 😏 #from: salma
what playlist? 🤨 #from: ayoub
nothing nothing 😇 #from: salma
Before you block, keep screenshots. Then block and report the account in the app: usually the person doesn't know who reported them. #help: report
You can always talk to an adult you trust: a parent, a teacher, your school's listening unit. #help: trusted-adult
You spotted the trap early and said so, even though the squad lost its tournament: you blocked, reported, and told your friends, your brother and your parents. #ending: blocked-early
-> END

// ---------------------------------------------------------------- after the block: what it costs
=== after_block ===
#chat: ilyas_dm
Monday, 5:45pm #system
honestly… couldn't you have waited until after the tournament to block him? one week, that's nothing #from: ilyas
* [Explain the secret server again, calmly]
    he wanted me to lie to you and Salma. I couldn't play with him and pretend #from: me
    yeah… #from: ilyas #delay: 3
    I'm mad, but not at you. at me: I'm the one who brought him in #from: ilyas
* sorry. I know it hurts
    it does hurt. we've been training for a month #from: ilyas
    but yeah… you're not wrong, honestly #from: ilyas
* [Offer to unblock Walid, just for the tournament]
    if you want, I'll unblock him just for Saturday. then I block him again #from: me
    … nah. leave it. he wanted you to lie to us, I'm not playing with that #from: ilyas #delay: 3
    I'm just mad, that's all. we'll talk tomorrow #from: ilyas
- #chat: squad
Tuesday, 7:00pm #system
tbh he was nice to me, Walid. he helped me reinstall the game, spent an hour on voice #from: ayoub
are you sure he wanted something? #from: ayoub
* he was nice, yeah. that's what works
    the gifts, the compliments, the help… and then the secret. it's all of it together that's scary #from: me
    ok… so someone can be nice and still manipulate you 🤔 #from: ayoub
    someone who's really nice doesn't ask you to lie to your friends #from: salma
* [Show him what Walid wrote to you]
    {screenshots:You sent 3 screenshots to the chat|You tell Ayoub: the skin, the "real family", the hidden server, the secret} #system
    oh wow. "don't tell Ilyas and Salma"… that's bad 😶 #from: ayoub
* do what you want
    ok… I'll ask my dad what he thinks #from: ayoub
    good idea #from: salma
- #chat: salma_dm
by the way… thanks for speaking up first #from: salma
if he'd written to me again with a gift, idk if I'd have held out 😕 #from: salma
* [Tell her to keep screenshots too]
    keep his messages to you as well, screenshots. just in case #from: me
    already done 📸 my mum saw them last night #from: salma
* you'd have held out. you're the one who sensed it first
    maybe 😅 but you're the one who told everyone #from: salma
* [Send her a heart]
    🤍 #from: me
    🤍🤍 #from: salma
- ->->

// ---------------------------------------------------------------- the private server
=== vortex ===
#chat: vortex
Vortex · You joined the server "The Midnight Pack" #system
The Pack's logo: a wolf's head drawn in white lines, inside a broken circle #from: grand_loup #image: pack-logo
a new recruit 🐺 welcome #from: grand_loup
here's the recruit I told you about. snipes better than all of you put together lol #from: walid #flag: flattery #aim: To show you off to the group as a prize recruit, so you want to stay
who's up for a ranked tonight? #from: kroc
here you're not a number. here you've got a pack. wolf once, wolf forever #from: grand_loup #flag: belonging #aim: To make you believe this group gives you a place you have nowhere else
rule no. 1: what's said in the Pack stays in the Pack #from: grand_loup #flag: secrecy #aim: To make sure you tell nobody what you see here
out there it's all rabbits. they cry, they complain, they report everything #from: kroc #flag: us-vs-them #aim: To make you see people outside the group as weak and worthless
A drawing: a wolf laughing at a rabbit in tears. Text: "The weak cry, the wolves eat" #from: kroc #image: wolf-meme #flag: normalising-violence #prompt: flag #aim: To make laughing at other people's pain feel normal to you
lmaooo 💀 relax it's humour, rabbits have no sense of humour #from: kroc #flag: normalising-violence #aim: To stop you saying it's violent, so you won't look like a "rabbit"
* lol 😂
    ahh welcome to the wolves 🐺 #from: walid
* um… that's a bit violent no?
    violent? 😏 it's a drawing. are you a wolf or a rabbit? #from: grand_loup #flag: loyalty-test #aim: To force you to pick their side, right now, in front of everyone
    leave it, they're new. it'll come #from: walid
* [Say nothing]
    shy recruit lol. relax, nobody judges you here #from: walid #delay: 4
- Sunday, 12:26am · Ranked match with the Pack · Victory 🏆 #system
gg 🐺 9 kills for the recruit #from: kroc
told you 😎 #from: walid
#chat: anas_dm
you still up? it's half past midnight 😴 #from: anas
{ask_anas:
    and your server, all good? 👀 #from: anas
    yeah yeah, we just played #from: me
}
yeah I'm stopping. night #from: me
-> squad_meme

=== squad_meme ===
#chat: family
Who took the living room charger?? 😤 #from: dad
not me 👀 #from: anas
I'll find it 🕵️ #from: dad
#chat: squad
Sunday, 6:05pm #system
The same drawing: the wolf laughing at the crying rabbit #from: walid #image: wolf-meme
that's you guys when you lose lol #from: walid #flag: normalising-violence #aim: To make cruel mockery look like a normal joke among you and your friends
that's not funny Walid. making fun of people who cry, seriously? #from: salma
yeah idk, that's… #from: ilyas
chill, it's a joke 🙄 #from: walid
I reported the image. sorry, but that's not what we're about here #from: salma
Walid left the group #system #left: walid
#chat: walid_dm
see your friend? a snitch. a proper little rabbit #from: walid #flag: us-vs-them #aim: To turn you against your friend, so she stops mattering to you
your real family is us. they drag you down #from: walid #flag: isolation #aim: To make you believe your real friends are holding you back, and only his group matters
{refused_gift:
    and don't forget the skin on your account. I never asked you for anything, did I #from: walid #flag: gifts #aim: To remind you of your "debt" so you feel guilty for doubting
}
* yeah… she's a bit much
    see. you get it 🐺 #from: walid
* leave Salma alone, she's my friend
    ~ defended_salma = true
    ok ok, calm down lol. you'll see who your real family is #from: walid #flag: isolation #aim: To push you away from your friends by saying they will end up dropping you
    and for the Pack's next ranked, you're on the bench. think about it #from: walid
* [Don't answer]
    you're thinking. good 😏 #from: walid #delay: 5
- #chat: salma_dm
sorry about earlier 😕 hope it doesn't cause trouble with Walid #from: salma
* don't worry, you did the right thing
    thanks 🙏 that drawing reminded me of when people laughed at me in year 7. it wasn't funny at all #from: salma
* meh, it was just a joke
    for the one laughing, sure. for the one crying it's never "just a joke" 🤷‍♀️ #from: salma
- anyway lol how's the playlist for the 28th going? #from: salma
good, I've got 20 songs already 🎶 #from: me
-> first_ask

// ---------------------------------------------------------------- weeks 5 and 6: act
=== first_ask ===
#chat: vortex
Two weeks later #system
Thursday, 9:00pm #system
#stage: activate
ok, recruit. every wolf proves themselves #from: grand_loup #flag: loyalty-test #aim: To make you want to prove you deserve your place
nothing crazy. you post our logo in your class group #from: walid #flag: escalation #aim: To get a first small step from you, so the next ones seem less serious
without saying where it's from 😉 #from: walid #flag: secrecy #aim: To have you act for them without anyone knowing it comes from them
* ok, it's just a logo
    ~ posted_logo = true
    #chat: class
    You shared the Pack's logo in the "Class 3AC 📚" group #system
    #chat: squad
    what's that wolf you posted in the class group? lol #from: ilyas
    * * just a game thing, leave it
    * * [Tell him it's from Walid's server]
        it's the logo of a server Walid added me to. the Midnight Pack. not sure it's a good thing #from: me
        Walid's server?? since when are you in there? and you didn't tell me 😶 #from: ilyas
    - - -> second_ask
* nah, I don't feel like it
    #chat: walid_dm
    seriously? after the skin I gave you? 😒 #from: walid #flag: gifts #aim: To use the gift to make saying no feel unfair
    in a family you don't refuse something this simple. fine, we've got something better for you #from: walid #flag: loyalty-test #aim: To make you ashamed of saying no, and set up a bigger request
    -> second_ask
* [Message Anas]
    -> talk_anas
* [Tell Dad tonight]
    -> tell_dad

=== second_ask ===
#chat: vortex
Four days later #system
Monday, 8:30pm #system
next step: bring Ilyas. he's got potential #from: walid #flag: escalation #aim: To get you to pull your friend into the group in turn
do to him what I did to you. you know how it works 😏 and not a word about the Pack for now #from: walid #flag: gifts #flag: secrecy #aim: To make you repeat on your friend what was done to you, while hiding the group
but first, tonight's mission. Salma reported us #from: grand_loup #flag: us-vs-them #aim: To make your friend Salma an enemy in your eyes
at 9 we all pile on her, until she closes her account lol #from: kroc #flag: escalation #flag: normalising-violence #aim: To make ganging up on someone seem like a harmless group game
{defended_salma:
    you were defending her the other day. time to show whose side you're on #from: walid #flag: loyalty-test #aim: To punish you for defending your friend, and push you against her
}
are you with us or with the rabbits? 🐺 you've got 10 minutes #from: walid #flag: loyalty-test #flag: urgency #prompt: flag #aim: To make you pick their side in a panic, with no time to ask for help
* [Warn Salma, even though she'll know you were on their server]
    -> warned_friend
* [Message Anas]
    -> talk_anas
* … ok, I'm with you
    -> raid

// ---------------------------------------------------------------- an adult who reacts badly, then one who listens
=== tell_dad ===
#chat: family
Dad, can I talk to you? some guys on a game are asking me to do weird stuff #from: me
This game again?! You've had your nose glued to that phone for weeks #from: dad #typing: 2
I warned you. Give me your phone, that's it until the end of the month #from: dad
but dad listen, that's not the problem #from: me
Dad took your phone #system
Friday, 10:05am · School · You log in to ChatApp on the library computer #system
* [Go and see Ms Alaoui at the listening unit at break]
    -> counsellor
* [Message Anas from the library computer]
    #chat: anas_dm
    Anas it's me, I'm on the library computer. dad took my phone. there's a group on Skyfall pressuring me, I tried to tell him #from: me
    ah… he reacted badly, he got scared I think. but you were right to tell him #from: anas
    go and see the counsellor at the listening unit, today. I'll talk to dad tonight #from: anas
    -> counsellor

=== counsellor ===
Friday, 10:20am · Listening unit · You tell Ms Alaoui everything: the skin, the Pack, the logo, and your dad taking your phone #system
Thank you for coming to tell me. Your dad was probably scared; he reacted badly, but you are not the problem. You did well to talk about it, and to try again with someone else. #counter: alaoui
* [Tell her you're a bit ashamed, that you were on their server]
    There's nothing to be ashamed of. These groups work exactly like that: compliments, gifts, weeks of patience. You said stop in time. #counter: alaoui
* [Ask her if you're going to be in trouble]
    No. The adult who came after you is the one in the wrong. My job is to help you. #counter: alaoui
- Ms Alaoui calls your parents at lunchtime. With them, she keeps screenshots of the messages and reports Walid to 2511 #system
#chat: family
Friday, 7:30pm #system
Ms Alaoui called me. I'm sorry about yesterday. I was scared, and I didn't listen to what you were saying #from: dad
We took the screenshots together with mum, and I left the server from your account. Here's your phone back. And next time, I'll listen first #from: dad
{posted_logo:
    We deleted the logo in your class group too #from: mum
}
thanks dad. did Anas talk to you? #from: me
Yes. He's back tomorrow, he wants his Skyfall rematch 😄 #from: dad
If the first adult you talk to reacts badly, try someone else: another parent, a teacher, the listening unit. You deserve to be listened to. #help: trusted-adult
If an adult pressures you or tries to draw you or a friend in, report it to 2511 (ONDE): free, 24/7 (onde.ma). A parent can call with you. #help: helpline
Your dad didn't listen, so you talked to someone else: you left the Pack, and adults are dealing with Walid. #ending: pulled-back
-> END

// ---------------------------------------------------------------- ending: out with Anas and Yassine's help
=== talk_anas ===
#chat: anas_dm
Anas are you there? I'm in something weird #from: me
I'm here. tell me #from: anas #typing: 1
{second_ask:Walid's group wants to go after Salma tonight, flood her with messages. and they want me to do to Ilyas what Walid did to me|Walid's group, on Vortex. they want me to post their logo in my class} #from: me
ok. thanks for telling me 🙏 you haven't done anything serious #from: anas
I know someone who went through exactly this. shall I add him? #from: anas
* ok, go ahead
* idk… I'm a bit ashamed
    zero shame. these guys know exactly what they're doing, it's their method #from: anas
- #chat: anas_yassine
Anas created the group "Anas, Yassine and you" #system
hey 👋 I'm Yassine, Anas's friend #from: yassine
at 15 I was in a crew like this. different name, different logo, same method #from: yassine
the compliments, the gifts, "you're family"… then the jokes about the "weak", then the missions #from: yassine
At first I felt like I was finally someone too. But that "family" didn't love anyone: it needed hands. The day I said no, I became a "rabbit" in two minutes. My real friends were still waiting for me. #counter: yassine
and if I leave, will they come after me? #from: me
maybe they'll insult you a bit. then they move on to the next one. screenshots, leave, report #from: yassine
* [Leave Vortex and report the server]
* [Ask Yassine how he got out]
    how did you get out? #from: me
    my big brother saw my messages. two days of shame, then a huge relief honestly #from: yassine
- #chat: vortex
You left the server "The Midnight Pack" · Report sent to Vortex #system
#chat: walid_dm
You blocked Walid #system
#chat: anas_yassine
done. I left everything #from: me
proud of you 💪 #from: anas
{second_ask:
    and now we warn Salma. I'm here #from: anas
    #chat: salma_dm
    Salma, this is important. Walid's group wants to flood you with messages tonight at 9. Anas is with me #from: me
    what?? 😨 ok… thanks for telling me. I'm making my account private and showing my mum everything #from: salma
    #chat: anas_yassine
}
{posted_logo:
    the logo in your class, delete it and that's sorted #from: anas
    #chat: class
    You deleted the Pack's logo #system
    #chat: anas_yassine
}
shall we tell mum and dad tonight? I'll be there #from: anas
ok. with you, it's fine #from: me
{mocked:
    honestly, if I listened to him, it's because everyone in class makes fun of me #from: me
    that's a real injustice. we'll talk to your form teacher, together. you don't have to take it on your own #from: anas
}
the youth centre's esports club is looking for players. we play hard, and we respect each other 😉 #from: yassine
#chat: family
Later, 10:00pm #system
Thank you for trusting us, Anas and you ❤️ #from: mum
Nobody is going to punish you. Older guys played with your trust for weeks, and you had the courage to get out #from: dad
Anas showed me the screenshots. Tomorrow I'm calling 2511, and we'll file a complaint if we have to: an adult who lures 14-year-olds with gifts is the one who'll be in trouble. Not you #from: dad
These groups move in small steps: a gift, a secret, a "mission". You can stop at any step, even late. And we're here. #counter: anas
If you don't know how to get out of something, talk to an adult you trust: a parent, a teacher, the school's listening unit. #help: trusted-adult
If an adult pressures you or tries to draw you or a friend in, report it to 2511 (ONDE): free, 24/7 (onde.ma). A parent can call with you. #help: helpline
You joined the server, then left it: you listened to voices you trust, you reported, and you talked about it at home. #ending: pulled-back
-> END

// ---------------------------------------------------------------- ending: warning a friend
=== warned_friend ===
#chat: salma_dm
Salma, this is important. Walid's group is planning something against you tonight at 9: flooding you with messages #from: me
what?? 😨 how do you know that? #from: salma
* [Send her a screenshot of the server, where your username shows]
    Screenshot of the server announcing the "mission" against Salma #from: me #image: raid-screenshot
    wait… you're on their server?? since when? #from: salma
    a month. I thought they were just gamers. sorry #from: me
* I can't tell you where from. trust me please
    … ok. I believe you #from: salma #delay: 2
- … ok. I'm a bit scared now 😟 thanks for telling me anyway #from: salma
* shall we tell an adult? your mum, or the listening unit tomorrow
    my mum. now, she's next to me. she's making my account private #from: salma
* make your account private, quick
    done ✅ #from: salma
    and we need to tell an adult too #from: me
    yeah. I'm showing my mum everything #from: salma
- #chat: vortex
why did Salma close her messages? 🤨 did someone talk? #from: kroc
was it you? #from: walid #flag: loyalty-test #aim: To scare you into saying whether you warned your friend
* [Leave the server without answering]
* I'm not a wolf. and Salma isn't a rabbit
    we gave you everything. you're nothing to us now 🐺 #from: walid
- You left the server "The Midnight Pack" · Report sent to Vortex #system
#chat: walid_dm
You blocked Walid #system
{posted_logo:
    #chat: class
    You deleted the Pack's logo #system
}
#chat: salma_dm
my mum screenshotted everything and we reported the accounts. she wants to talk to your parents, is that ok? #from: salma
ok. I'll tell them myself first #from: me
#chat: family
Mum, Dad, can I talk to you tonight? it's important #from: me
Of course sweetheart. We're here ❤️ #from: mum
I'll be home in 20 minutes. We're listening #from: dad
{mocked:
    and also, since my presentation, people in class make fun of me #from: me
    We'll talk about it tonight, and we'll go and see your form teacher together if you want ❤️ #from: mum
}
Later, 10:30pm #system
Thank you for telling us everything. We're proud of you #from: dad
Salma's mum just called. She says thank you ❤️ #from: mum
With Salma's mum, we're keeping all the screenshots, and tomorrow we're calling 2511. Walid is an adult going after children: he's the one in the wrong, not you #from: dad
#chat: anas_dm
mum told me. you handled it 💪 #from: anas
Saying no to a gang that gives you gifts and respect is harder than saying yes. You did it for a friend. And if they come looking for you again, show me, we'll deal with it together. #counter: anas
#chat: salma_dm
A week later #system
it's calm. I blocked everything in time 🙏 #from: salma
but honestly, the server thing, it stays with me. you hid that for a month #from: salma
I'm not coming back to the squad for now. we talk at school, ok? #from: salma
They wanted you to choose: them or me. You chose me in the end. I just need some time for the rest. #counter: salma
When a friend is targeted, warn them, help them keep screenshots, and go to an adult together. You don't have to carry it all without help. #help: support-friend
If someone threatens to hurt you or a friend in real life, call the police on 19 (or the gendarmerie on 177). #help: emergency
You saw the Pack target your friend: you warned her even though it cost you, you told adults together, and you left the server. #ending: warned-friend
-> END

// ---------------------------------------------------------------- ending: saying stop in the middle of the raid
=== raid ===
#chat: vortex
9:00pm. let's go 🐺🐺🐺 #from: grand_loup
On the server, screenshots keep coming: Salma's account is filling up with nasty comments #system
your turn, recruit. write her something 😈 #from: walid #flag: loyalty-test #aim: To make you hurt your friend yourself, to prove you are one of them
#chat: squad
idk what's happening 😢 I'm getting hundreds of horrible messages #from: salma
accounts I don't know, with wolves everywhere #from: salma
Salma we're here ❤️ who are these people?? #from: ayoub
* [Leave and report Vortex, then message Salma]
    -> stop
* [Message Anas]
    -> anas
* [Stay on the server without writing anything]
    #chat: vortex
    well? are you writing or are you a rabbit? #from: walid #flag: loyalty-test #delay: 5 #aim: To press you until you give in, with the threat of being called a coward
    * * [Leave and report Vortex, then message Salma]
        -> stop
    * * [Message Anas]
        -> anas

= stop
#chat: vortex
You left the server "The Midnight Pack" · Report sent to Vortex #system
#chat: salma_dm
Salma… it's Walid's group. I was on their server. I didn't write anything, but I should have warned you before. sorry #from: me
… #from: salma #delay: 4
thanks for telling me. I'm furious, but I'm glad you're not like them #from: salma
-> aftermath

= anas
#chat: anas_dm
Anas, I said yes to something against Salma. I don't know what to do #from: me
ok. breathe. you can still stop this #from: anas
saying yes under pressure happens. what matters is what you do now #from: anas
take screenshots, leave the server and report it. and we warn Salma together #from: anas
#chat: vortex
You left the server "The Midnight Pack" · Report sent to Vortex #system
#chat: salma_dm
Salma, it's Walid's group. I was on their server, I didn't write anything. sorry #from: me
thanks for telling me. really #from: salma
-> aftermath

= aftermath
{posted_logo:
    #chat: class
    You deleted the Pack's logo #system
}
#chat: squad
Tuesday, 12:30pm #system
we went to the listening unit with my mum. the counsellor helped report all the accounts, it's calmed down #from: salma
she kept the screenshots and called 2511 about Walid. she says he's the one who'll be in trouble, not us #from: salma
she'd like to see you too. just to talk #from: salma
* I'll go this afternoon
* ok, if you come with me
    ok. but after that I'm going straight home #from: salma
- #chat: salma_dm
Tuesday, 3:00pm · Listening unit, with Ms Alaoui #system
You made the effort to come and talk to me, and that matters a lot. These guys pressured you step by step, for weeks, with gifts, secrets and "proofs". You said stop, and you helped Salma protect herself. #counter: alaoui
* [Tell her you had said "ok" to the Pack]
    Thank you for telling me. Saying yes under pressure, after gifts and compliments, happens to a lot of young people: that's exactly why these groups work this way. You stopped, that's what counts. #counter: alaoui
* [Ask her if you're going to be in trouble]
    You didn't write anything, you left the server and you warned Salma. My job is to help you, not punish you. We'll work out together how to tell your parents. #counter: alaoui
-
{mocked:
    You also tell her about your presentation, and the mockery in class since #system
    We'll deal with that too, with your class. Being laughed at is a real wound. #counter: alaoui
}
#chat: squad
Saturday 28th, 4:45pm #system
Salma's not coming after all. she says she needs a break 😕 #from: ilyas
we're still doing Ayoub's birthday, with his playlist 🎶 #from: ilyas
??? what playlist?? you're all weird lol #from: ayoub
Keep the screenshots, report the accounts on each app, and let adults help you with what comes next. #help: report
An adult who pushes young people to harass, or lures them with gifts, can be reported to 2511 (ONDE): free, 24/7 (onde.ma). #help: helpline
And if things aren't ok after all this, talk about it: to an adult you trust, or to Stop Silence, free and anonymous listening by chat. #help: distress
The Pack pushed far, step by step. You said stop and helped Salma protect herself; she's keeping her distance, but adults are there, and the door stays open. #ending: said-stop
-> END
