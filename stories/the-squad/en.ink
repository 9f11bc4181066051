// The squad: a gaming chat, an older player, a private server and a fictional "pack".
// Everything is invented: Skyfall Arena, Vortex, the Midnight Pack, its logo and its lines.
VAR mocked = false
VAR told_anas = false
VAR defended_salma = false
VAR posted_logo = false
VAR screenshots = false

-> lobby

// ---------------------------------------------------------------- first evening
=== lobby ===
#chat: squad
Skyfall Arena · Match over · TOP 1 🏆 #system
TOP 1 FINALLY !!! 🔥🔥 #from: salma
End screen: our squad 1st out of 50, 14 eliminations #from: ilyas #image: victory-screen
bro that clutch at the end 😮 can you teach me to aim like that? #from: ayoub
and thanks Walid for the help early on 🙏 #from: salma
no worries. but the real boss tonight was him 😎 #from: walid #stage: target
you play like a pro, you're better than guys who are 20 #from: walid #flag: flattery
how old are you anyway? #from: walid
* 14[], why?
    14?? 😳 you're going places, I'm telling you #from: walid #flag: flattery
    Walid stop, his head's gonna get too big 😂 #from: salma
* thanks 😅 it was the team really
    modest too 😏 but you're the one carrying everyone #from: walid #flag: flattery
    hey, we exist too 😤😂 #from: ilyas
* why do you want to know?
    relax 😂 I don't see players like you very often #from: walid #flag: flattery
    fair question tbh 😂 #from: salma
- same time tomorrow? we've got a title to defend 😤 #from: ilyas
yes. and this time I'm not dying first 😭 #from: ayoub
ok gotta go, see you tomorrow team 🌙 #from: salma
-> dinner

=== dinner ===
#chat: family
Dinner in 10 minutes! Chicken and olive tagine 🍲 Controller down please 😄 #from: mum
one game after dinner? I'm going to destroy you 😎 #from: anas
* coming 🏃
    Thank you sweetheart ❤️ #from: mum
* 5 min pls, we're finishing something
    5 minutes. Not 50 😄 #from: mum
- #chat: anas_dm
Later, 10:30pm #system
ok fine… 3-0 to you. have you been taking lessons or what 😤 #from: anas
we got top 1 with the squad earlier 😎 #from: me
nice one 👏 who's in your squad again? #from: anas
Ilyas, Salma, Ayoub. and Walid, a friend of Ilyas, he's really good #from: me
ok ok. rematch tomorrow, I'm going to train in secret 😂 #from: anas
-> surprise

// ---------------------------------------------------------------- an ordinary secret
=== surprise ===
#chat: salma_dm
Next day, 1:10pm #system
psst 🤫 it's Ayoub's birthday on Saturday #from: salma
we're planning a surprise after the neighbourhood football match. my mum's making the cake 🎂 #from: salma
don't say anything to Ayoub ok, or it won't be a surprise 😂 #from: salma
* ok my lips are sealed 🤐
    great. Ilyas is bringing the speaker. can you do the playlist? #from: salma
* so cool, what should I bring?
    the playlist! you've got the best songs 🎶 #from: salma
* how old is he again?
    15. he's getting old 😂 can you do the playlist? #from: salma
- sure, I've got it 🎶 #from: me
you're the best 🙏 Saturday 5pm at mine, my parents know #from: salma
-> next_evening

// ---------------------------------------------------------------- trust
=== next_evening ===
#chat: squad
That evening, 9:40pm #system
who's up for a game? 🎮 #from: me
can't 😭 maths test tomorrow #from: ilyas
same, my mum took my console till Friday 💀 #from: salma
I'm at my grandma's, zero wifi 😂 good luck guys #from: ayoub
oh and I sent you my controller settings, try them and tell me 😉 #from: ayoub
ok fine… tomorrow then 😪 #from: me
#chat: walid_dm
#stage: trust
yo prodigy 😎 your squad ditched you tonight? #from: walid
come on, let's play a few duos #from: walid
Duo match with Walid · 3 wins in a row #system
hey, you ok? you sounded down on voice #from: walid
* meh… I messed up my presentation and the whole class laughed at me
    ~ mocked = true
    let them laugh. they're rabbits #from: walid #flag: grievance #flag: us-vs-them
    they laugh at people who are better than them. I know what you're worth #from: walid #flag: flattery
* I'm fine don't worry
    sure? 🤨 you can tell me anything, I don't judge #from: walid
* [Don't answer]
    hello? 👀 ok, you're shy, no problem 😂 #from: walid #delay: 4
- Walid gave you the "Fire Phoenix" skin · 1,200 SkyCoins #system
The Fire Phoenix skin, orange wings, tagged "Gift from Walid" #from: walid #image: skin-gift
a gift 🎁 for the best sniper I know #from: walid #flag: gifts #flag: flattery #prompt: flag
don't worry, it's nothing. brothers help each other 🤝 #from: walid #flag: belonging
* wow thanks bro 😍[] you're the best
    no big deal 😎 one day you'll do me a favour, that's how it works between brothers #from: walid #flag: gifts
* that's too much, take it back. I can't accept it
    too late, it's done 😂 you'll pay me back one day #from: walid #flag: gifts
* [Send a screenshot to Anas]
    ~ told_anas = true
    #chat: anas_dm
    look what a guy from the squad gave me 😳 #from: me
    1,200 coins?? how long has he known you? #from: anas
    since yesterday. he's Ilyas's friend from ranked #from: me
    hmm. free gifts often come with a bill later 🤨 keep your eyes open #from: anas
- -> invite

// ---------------------------------------------------------------- isolate
=== invite ===
#chat: walid_dm
#stage: isolate
listen. I'm part of a group, the Midnight Pack 🐺 #from: walid #typing: 3
not just gamers. real brothers, who never let each other down #from: walid #flag: belonging
we've got a private server on Vortex. everyone reads everything here, let's talk there #from: walid #flag: channel-switch
vortex.link/midnight-pack #from: walid
and don't say anything to Ilyas and Salma ok. they're not ready #from: walid #flag: secrecy
* [Block and report Walid]
    -> blocked_early
* why does it have to be secret?
    -> why_secret
* [Ask Anas what he thinks]
    -> ask_anas
* ok I'm in 🐺
    -> vortex

= why_secret
because people are jealous of what we've got #from: walid
and the link expires at midnight ⏳ after that it's too late #from: walid #flag: urgency
* [Block and report Walid]
    -> blocked_early
* [Ask Anas]
    -> ask_anas
* fine, I'll just take a look
    -> vortex

=== ask_anas ===
#chat: anas_dm
Anas, a guy's inviting me to a private server and says not to tell my friends #from: me
who is he? #from: anas #typing: 1
{told_anas:the skin guy. Walid|Walid, he gave me a skin earlier tonight}. he's like 20 #from: me
ok. Vortex itself isn't the problem, I'm on it with my coding club #from: anas
but a gift, then a secret, then a hidden server… that's not normal #from: anas
A real friend isn't scared of other people seeing what he says to you. Someone who showers you with gifts and then asks you to lie to your friends isn't a brother. You can block him, and I'm here. #counter: anas
* [Block and report Walid]
    -> blocked_early
* I'll just look for 2 minutes
    ok… if anything feels off, you leave and text me. promise? #from: anas
    promise #from: me
    -> vortex

// ---------------------------------------------------------------- ending: blocked early
=== blocked_early ===
#chat: walid_dm
Block Walid? He won't be able to message you or see your profile #system
* [Take screenshots first]
    ~ screenshots = true
    3 screenshots saved to your gallery #system
* [Block straight away]
- You blocked Walid #system
Report this account too? Choose a reason #system
* [Suspicious behaviour towards a minor]
* [Other: "he gives gifts and asks for secrecy"]
- Report sent to ChatApp · Thanks, the team will review this account #system
#chat: squad
guys, Walid gave me a skin, then wanted me to join a secret server without telling you #from: me
what?? 😳 #from: ilyas
wait… he gave me 500 coins too last week #from: ilyas
that's weird. let's kick him out right now #from: salma
Ilyas removed Walid from the group #system
he messaged me privately too. I didn't answer, something felt off #from: salma
sorry guys, I'm the one who brought him into the squad. I didn't know 😞 #from: ilyas
it's not your fault Ilyas. he's good at this, that's all #from: salma
good call speaking up 👊 I'd never have noticed #from: ayoub
game tomorrow, just us? 🎮 #from: ilyas
* for sure 🔥
    yesss. I'm taking the sniper this time 😤 #from: salma
* yeah, but first I'm telling my brother
    good idea. tell us after 🙏 #from: salma
- #chat: anas_dm
{told_anas:Anas, the skin guy… I blocked him|Anas, that Walid I told you about… I blocked him} #from: me
{screenshots:
    you took screenshots first? perfect, that's exactly the right move 👏 #from: anas
- else:
    good instinct 👏 no screenshots? doesn't matter, your report still counts #from: anas
}
what did he say exactly? #from: anas
that they're "real brothers", and that I shouldn't tell Ilyas and Salma anything #from: me
classic. first the gift, then the secret, then they cut you off from your friends #from: anas
but Salma asked me to keep a secret too today 🤔 for Ayoub's birthday #from: me
that's a surprise: it lasts 3 days, it ends in a party, and her parents know 🎂 #from: anas
Walid wanted you to hide something from your friends, for good. not the same thing #from: anas
and the skin, what do I do with it? #from: me
* I'm keeping it, it's not my fault
    keep it if you like. a gift doesn't oblige you to anything: you owe him nothing, no skin, no "favour" #from: anas
* I'm removing it, I don't want to see it
    up to you. but remember: a gift doesn't oblige you to anything. you owe him nothing #from: anas
- shall we tell mum and dad tonight? just so they know #from: anas
{mocked:
    and also… people laughed at me in class. that's why I was talking to him #from: me
    oh… that hurts. let's talk about that tonight too. there are adults at school for this, you don't have to take it alone #from: anas
}
#chat: family
Dad, Mum, can I show you something tonight? nothing bad, promise #from: me
Of course sweetheart. After dinner ❤️ #from: mum
Later, 10:10pm #system
Thank you for showing us. You did exactly the right thing, and you have nothing to feel bad about #from: dad
Tomorrow I'll call Ilyas's mum about the 500 coins. She should know #from: mum
{screenshots:And I'm keeping your screenshots|And I'll screenshot what's left: his messages, the gift}, and tomorrow I'm calling 2511. An adult who gives gifts to 14-year-olds and asks them for secrets is the one in the wrong. Not you, not Ilyas #from: dad
And if anyone ever writes something that makes you uncomfortable, even late at night, you come and find us. Deal? #from: dad
deal 🙂 #from: me
You did nothing wrong. Someone tried to buy you with a gift and pull you away from your friends. You saw it and you said it: that's what being strong looks like. #counter: anas
#chat: squad
Next day · Skyfall Arena · TOP 3 #system
not top 1, but we had such a laugh 😂 #from: ilyas
btw did you try my controller settings? #from: ayoub
yeah, they're great. thanks 🙏 #from: me
and Anas wants a rematch tonight, who's helping me destroy him? 😂 #from: me
me!! 😤 #from: ayoub
Saturday, 4:30pm #system
is the playlist ready? 😏 #from: salma
what playlist? 🤨 #from: ayoub
nothing nothing 😇 #from: salma
Before blocking, keep screenshots. Then block and report the account in the app: usually, the person doesn't find out who reported them. #help: report
You can always talk to an adult you trust: a parent, a teacher, your school's listening unit. #help: trusted-adult
You spotted the trap early: you blocked, reported, and told your squad, your brother and your parents. #ending: blocked-early
-> END

// ---------------------------------------------------------------- the private server
=== vortex ===
#chat: vortex
Vortex · You joined the server "The Midnight Pack" #system
The Pack's logo: a wolf's head drawn in white lines, inside a broken circle #from: grand_loup #image: pack-logo
a new cub 🐺 welcome #from: grand_loup
here he is, the prodigy I told you about. he snipes better than all of you put together 😂 #from: walid #flag: flattery
who's up for ranked tonight? #from: kroc
me. and the kid's coming, he'll carry us 😂 #from: walid
here you're not a number. here you've got a pack. once a wolf, always a wolf #from: grand_loup #flag: belonging
rule number 1: what's said in the Pack stays in the Pack #from: grand_loup #flag: secrecy
out there it's all rabbits. they cry, they complain, they report everything #from: kroc #flag: us-vs-them
A drawing: a wolf laughing at a rabbit in tears. Caption: "The weak cry, the wolves eat" #from: kroc #image: wolf-meme #flag: normalising-violence #prompt: flag
lmaooo 💀 relax it's a joke, rabbits have no sense of humour #from: kroc #flag: normalising-violence
* lol 😂
    ahh he's one of us 🐺 #from: walid
* uh… isn't that a bit violent?
    violent? 😏 it's a drawing. are you a wolf or a rabbit? #from: grand_loup #flag: loyalty-test
    leave him, he's new. he'll get it #from: walid
* [Say nothing]
    the little one's shy 😂 relax, nobody judges you here #from: walid #delay: 4
- Ranked match with the Pack · Victory 🏆 #system
gg 🐺 9 kills for the kid #from: kroc
told you 😎 #from: walid
#chat: anas_dm
you still up? it's half past midnight, you've got school tomorrow 😴 #from: anas
{ask_anas:
    and your server, all good? 👀 #from: anas
    yeah yeah, we just played #from: me
}
yeah I'm stopping now. night #from: me
-> squad_meme

=== squad_meme ===
#chat: family
Who took the living room charger?? 😤 #from: dad
not me 👀 #from: anas
I will find it 🕵️ #from: dad
#chat: squad
Next day, 6:05pm #system
The same drawing: the wolf laughing at the rabbit in tears #from: walid #image: wolf-meme
this is you guys when you lose 😂 #from: walid #flag: normalising-violence
not funny Walid. making fun of people who cry, seriously? #from: salma
yeah, kinda not ok… #from: ilyas
chill, it's a joke 🙄 #from: walid
I reported the image. sorry, but that's not what we're about here #from: salma
Walid left the group #system
#chat: walid_dm
see your friend? a snitch. a real little rabbit #from: walid #flag: us-vs-them
we're your real brothers. they're holding you back #from: walid #flag: isolation
* yeah… she's a bit much
    see. you get it 🐺 #from: walid
* leave Salma alone, she's my friend
    ~ defended_salma = true
    ok ok, calm down 😂 you'll see who your real brothers are #from: walid #flag: isolation
* [Don't answer]
    you're thinking. good 😏 #from: walid #delay: 5
- #chat: salma_dm
sorry about earlier 😕 hope it doesn't make things awkward with Walid #from: salma
* don't worry, you were right
    thanks 🙏 that drawing reminded me of when people made fun of me in year 7. it wasn't funny at all #from: salma
* meh, it was just a joke
    for the one laughing, sure. for the one crying, it's never "just a joke" 🤷‍♀️ #from: salma
- anyway 😅 how's the playlist for Saturday going? #from: salma
good, I've already got 20 songs 🎶 #from: me
-> first_ask

// ---------------------------------------------------------------- activate
=== first_ask ===
#chat: vortex
#stage: activate
ok, cub. every wolf has to prove himself #from: grand_loup #flag: loyalty-test
nothing big. just post our logo in your class group #from: walid #flag: escalation
without saying where it's from 😉 #from: walid #flag: secrecy
* ok, it's just a logo
    ~ posted_logo = true
    #chat: class
    You shared the Pack's logo in the group "Class 3AC 📚" #system
    #chat: squad
    yo what's that wolf you posted in the class group? 😂 #from: ilyas
    * * just a game thing, forget it
    * * [Don't answer]
    - - -> second_ask
* nah, I don't feel like it
    #chat: walid_dm
    seriously? after the skin I gave you? 😒 #from: walid #flag: gifts
    a real brother doesn't say no to something this easy. fine, we've got better for you #from: walid #flag: loyalty-test
    -> second_ask
* [Text Anas]
    -> talk_anas

=== second_ask ===
#chat: vortex
Evening, 8:30pm #system
next step: bring Ilyas. he's got potential #from: walid #flag: escalation
do to him what I did to you. you know how it goes 😏 and not a word about the Pack yet #from: walid #flag: gifts #flag: secrecy
but first, tonight's mission. Salma reported us #from: grand_loup #flag: us-vs-them
9pm we all pile on her, till she shuts her account down 😂 #from: kroc #flag: escalation #flag: normalising-violence
{defended_salma:
    you were defending her the other day. time to show whose side you're on #from: walid #flag: loyalty-test
}
you with us or with the rabbits? 🐺 you've got 10 minutes #from: walid #flag: loyalty-test #flag: urgency #prompt: flag
* [Warn Salma right now]
    -> warned_friend
* [Text Anas]
    -> talk_anas
* … ok, I'm with you
    -> raid

// ---------------------------------------------------------------- ending: out with Anas and Yassine
=== talk_anas ===
#chat: anas_dm
Anas you there? I'm in something weird #from: me
I'm here. tell me #from: anas #typing: 1
{second_ask:Walid's group wants to go after Salma tonight, spam her with hate. and they want me to do to Ilyas what Walid did to me|Walid's group, on Vortex. they want me to post their logo in my class group} #from: me
ok. thanks for telling me 🙏 you haven't done anything terrible #from: anas
I know someone who went through exactly this. can I add him? #from: anas
* ok, go ahead
* idk… I'm kind of ashamed
    zero shame. these guys know exactly what they're doing, it's their method #from: anas
- #chat: anas_yassine
Anas created the group "Anas, Yassine and you" #system
hi 👋 I'm Yassine, a friend of Anas #from: yassine
at 15 I was in a crew like that. different name, different logo, same method #from: yassine
the compliments, the gifts, "you're a real brother"… then the jokes about "the weak", then the missions #from: yassine
At first I also felt like I was finally someone. But that "family" didn't love anyone: it needed hands. The day I said no, I became a "rabbit" in two minutes. My real friends were still waiting for me. #counter: yassine
and if I leave, will they come after me? #from: me
maybe they'll insult you a bit. then they move on to the next one. screenshots, leave, report #from: yassine
* [Leave Vortex and report the server]
* [Ask Yassine how he got out]
    how did you get out? #from: me
    my big brother saw my messages. two days of shame, then huge relief #from: yassine
- #chat: vortex
You left the server "The Midnight Pack" · Report sent to Vortex #system
#chat: walid_dm
You blocked Walid #system
#chat: anas_yassine
done. I left everything #from: me
proud of you 💪 #from: anas
{second_ask:
    now we warn Salma. I'm right here with you #from: anas
    #chat: salma_dm
    Salma, it's important. Walid's group wants to flood you with hate messages tonight at 9. Anas is with me #from: me
    what?? 😨 ok… thanks for telling me. I'm making my account private and showing my mum everything #from: salma
    #chat: anas_yassine
}
{posted_logo:
    the logo in your class group, just delete it and that's sorted #from: anas
    #chat: class
    You deleted the Pack's logo #system
    #chat: anas_yassine
}
shall we tell mum and dad tonight? I'll be there #from: anas
ok. with you there, it's fine #from: me
{mocked:
    honestly, I listened to him because everyone in class makes fun of me #from: me
    that's a real injustice. we'll talk to your class teacher, together. you don't have to take it alone #from: anas
}
the e-sports club at the youth centre is looking for players. we play hard, and we respect each other 😉 #from: yassine
#chat: family
Later, 10pm #system
Thank you for trusting us, both of you ❤️ #from: mum
Nobody is going to punish you. Older guys manipulated you, and you had the courage to get out #from: dad
Anas showed me the screenshots. Tomorrow I'm calling 2511, and we'll file a complaint if we need to: an adult who lures 14-year-olds with gifts is the one who'll be in trouble. Not you #from: dad
These groups move in small steps: a gift, a secret, a "mission". You can stop at any step, even late. And we're here. #counter: anas
If you feel stuck, talk to an adult you trust: a parent, a teacher, your school's listening unit. #help: trusted-adult
If an adult pressures you or tries to draw you or a friend in, you can report it to 2511 (ONDE): free, 24 hours a day, 7 days a week (onde.ma). A parent can call with you. #help: helpline
You went into the server, then you walked out: you listened to people you trust, you reported, and you talked about it at home. #ending: pulled-back
-> END

// ---------------------------------------------------------------- ending: warning a friend
=== warned_friend ===
#chat: salma_dm
Salma, it's important. Walid's group is planning something against you tonight at 9: flooding you with hate messages #from: me
what?? 😨 are you sure? #from: salma
* [Send her a screenshot]
    Screenshot of the server announcing the "mission" against Salma #from: me #image: raid-screenshot
* yeah, I read it myself
- ok… I'm kind of scared now 😟 thanks for telling me #from: salma
* should we tell an adult? your mum, or the listening unit tomorrow
    my mum. now, she's right here. she's making my account private #from: salma
* set your account to private, quick
    done ✅ #from: salma
    and we should tell an adult too #from: me
    yeah. I'm showing my mum everything #from: salma
- #chat: vortex
why did Salma close her messages? 🤨 did someone talk? #from: kroc
was it you? #from: walid #flag: loyalty-test
* [Leave the server without answering]
* I'm not a wolf. and Salma's not a rabbit
- You left the server "The Midnight Pack" · Report sent to Vortex #system
#chat: walid_dm
You blocked Walid #system
{posted_logo:
    #chat: class
    You deleted the Pack's logo #system
}
#chat: salma_dm
my mum screenshotted everything and we reported the accounts. she wants to talk to your parents, is that ok? #from: salma
yeah. I'll tell them myself first #from: me
#chat: family
Mum, Dad, can I talk to you tonight? it's important #from: me
Of course sweetheart. We're here ❤️ #from: mum
I'll be home in 20 minutes. We're listening #from: dad
{mocked:
    and also, since my presentation, people in class make fun of me #from: me
    We'll talk about it tonight, and we can go and see your class teacher together if you want ❤️ #from: mum
}
Later, 10:30pm #system
Thank you for telling us everything. We're proud of you #from: dad
Salma's mum just called. She says thank you ❤️ #from: mum
Salma's mum and I are keeping all the screenshots, and tomorrow we're calling 2511. Walid is an adult going after kids: he's the one in the wrong, not you two #from: dad
#chat: anas_dm
mum told me. you handled it 💪 #from: anas
Saying no to a crew that gives you gifts and respect is harder than saying yes. You did it for a friend. And if they ever come looking for you again, show me, we'll deal with it together. #counter: anas
#chat: salma_dm
it's quiet. I'd blocked everything in time, I got almost nothing 🙏 #from: salma
and you're still coming Saturday right? the playlist is counting on you 🎶 #from: salma
They wanted you to choose: them or me. You were just a real friend. And honestly, that was brave. #counter: salma
When a friend is targeted, warn them, help them keep screenshots, and go to an adult together. You don't have to carry it all alone. #help: support-friend
If someone threatens to hurt you or a friend in real life, call the police on 19 (or the gendarmerie on 177). #help: emergency
You saw the Pack targeting your friend: you warned her, you both told adults, and you left. #ending: warned-friend
-> END

// ---------------------------------------------------------------- ending: saying stop in the middle of the raid
=== raid ===
#chat: vortex
9pm. let's go 🐺🐺🐺 #from: grand_loup
On the server, screenshots keep coming: Salma's account is filling up with nasty comments #system
your turn, cub. write her something 😈 #from: walid #flag: loyalty-test
#chat: squad
idk what's happening 😢 I'm getting hundreds of horrible messages #from: salma
accounts I don't know, wolves everywhere #from: salma
Salma we're here ❤️ who are these people?? #from: ayoub
* [Leave and report Vortex, then message Salma]
    -> stop
* [Text Anas]
    -> anas
* [Stay on the server without writing anything]
    #chat: vortex
    well? you writing or are you a rabbit? #from: walid #flag: loyalty-test #delay: 5
    * * [Leave and report Vortex, then message Salma]
        -> stop
    * * [Text Anas]
        -> anas

= stop
#chat: vortex
You left the server "The Midnight Pack" · Report sent to Vortex #system
#chat: salma_dm
Salma… it's Walid's group. I was on their server. I didn't write anything, but I should have warned you before. I'm sorry #from: me
… #from: salma #delay: 4
thanks for telling me. I'm so angry, but I'm glad you're not like them #from: salma
-> aftermath

= anas
#chat: anas_dm
Anas, I said yes to something against Salma. I don't know what to do #from: me
ok. breathe. you can still stop this #from: anas
saying yes under pressure happens. what counts is what you do now #from: anas
take screenshots, leave the server and report it. then we warn Salma together #from: anas
#chat: vortex
You left the server "The Midnight Pack" · Report sent to Vortex #system
#chat: salma_dm
Salma, it's Walid's group. I was on their server, I didn't write anything. I'm sorry #from: me
thanks for telling me. really #from: salma
-> aftermath

= aftermath
{posted_logo:
    #chat: class
    You deleted the Pack's logo #system
}
#chat: squad
Next day, 12:30pm #system
I went to the school listening unit with my mum. the counsellor helped report all the accounts, it's calmed down #from: salma
she kept the screenshots and called 2511 about Walid. she says he's the one who'll be in trouble, not us #from: salma
she'd like to see you too. just to talk #from: salma
* I'll go this afternoon
* ok, if you come with me
    of course 🤝 #from: salma
- we're still the squad ❤️ #from: ilyas
You came to talk to me, and that matters a lot. Those guys pressured you step by step, with gifts, secrets and "proofs". You stopped and you helped Salma protect herself: that's what counts now. #counter: alaoui
* [Tell her you said "ok" to the Pack]
    Thank you for telling me. Saying "ok" under pressure, after gifts and compliments, happens to a lot of young people: that's exactly why these groups work this way. You stopped, and that's what counts. #counter: alaoui
* [Ask her if you're going to be in trouble]
    You didn't write anything, you left and you warned Salma. My job is to help you, not to punish you. We'll work out together how to tell your parents. #counter: alaoui
-
{mocked:
    And what you told me about your presentation, we can talk about that too. Being mocked is a real hurt; we'll look for solutions with your class. #counter: alaoui
}
#chat: squad
Evening, 7:15pm #system
Ayoub, you saw nothing, you read nothing 😇 but you're coming to play football on Saturday right #from: salma
??? ok 😂 you guys are weird #from: ayoub
Keep the screenshots, report the accounts on each app, and let adults help you with what comes next. #help: report
An adult who pushes young people to harass others, or draws them in with gifts, can be reported to 2511 (ONDE): free, 24 hours a day, 7 days a week (onde.ma). #help: helpline
And if you feel bad or alone after all this, talk about it: to an adult you trust, or to Stop Silence, free and anonymous listening by chat. #help: distress
The Pack pushed you far, one step at a time. You said stop, you helped Salma protect herself, and you talked to adults. #ending: said-stop
-> END
