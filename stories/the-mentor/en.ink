// The mentor: after a fight at home and bad marks, a warm older "mentor" from a fictional group
// ("the Lighthouse Circle") that dresses itself in religion. Techniques, not doctrine:
// no scripture is quoted or paraphrased, and faith is never the danger sign (prayer, the mosque, the imam and
// the believing family are on the player's side). Five weeks pass between Hamza's first message and his "real test".
// Gender: g(girl, boy, unsaid). English rarely needs it; the function is kept so the three scripts match.
VAR player_gender = "unsaid"
VAR muted = false
VAR ignored_first = false
VAR posted_image = false
VAR maths_support = false
VAR lied_about_idir = false
VAR cancelled_idir = false

-> family_night

=== function g(girl, boy, unsaid) ===
{
- player_gender == "girl": ~ return girl
- player_gender == "boy": ~ return boy
- else: ~ return unsaid
}

// ---------------------------------------------------------------- week 1: the report card
=== family_night ===
#chat: family
Sunday, 10:40pm #system
I don't want to talk about it any more tonight. #from: papa #typing: 2
6 out of 20 in maths. With all the tutoring we pay for. #from: papa
Your cousin Othmane got 15. #from: papa
baba please it's late 🙏 #from: nisrine
let's talk tomorrow, calmly #from: nisrine
Everyone to bed now. Tomorrow is another day, inshallah. #from: mama
* ok, goodnight
    Goodnight my heart ❤️ #from: mama
* I tried, I swear. ok?
    we know 🫂 #from: nisrine #delay: 3
* [Mute the group]
    ~ muted = true
    You muted Family 🏠 #system
- -> the_post

=== the_post ===
#chat: idir_dm
You posted a story: a black screen with the words "what's the point. I'm a nobody anyway." #system #distress
hey #from: idir
just saw your story 😕 #from: idir
are you ok, for real? I'm here, you can tell me anything 🤍 #from: idir #checkin
* [Leave it on seen]
    ok. no stress #from: idir #delay: 4
    I'm here if you want. even at 3am 🤝 #from: idir
* nothing, just tired
    is it the marks? #from: idir
    mine were a disaster too. my mum took the wifi box to bed with her 😭 #from: idir
    msemen on me tomorrow at break #from: idir
* fight with my dad about the marks
    oof #from: idir
    he'll calm down. your dad always shouts first and buys cakes after 😅 #from: idir
    msemen on me tomorrow at break. we'll talk #from: idir
- When everything feels heavy, talking helps, and things can get better. Talk to someone you trust: a friend like Idir, your family, a teacher. Stop Silence also listens to young people by chat, free and without giving your name. If you're in danger, call 19 or 15. #help: distress
-> hamza_request

=== hamza_request ===
#chat: hamza_dm
11:55pm #system
Message request from Hamza.M · 12 mutual friends #system
hey. sorry to barge in #from: hamza #stage: target
I saw your story #from: hamza
it got to me. I was exactly like you at your age #from: hamza #typing: 3
everyone told me I'd never make anything of my life #from: hamza
* who are you?
    Hamza. 24. I know a few people from your neighbourhood #from: hamza
    I talk with younger people going through a rough patch. that's all 🙂 #from: hamza
* thanks, that's kind
    no worries #from: hamza
    when someone posts that at midnight, usually they just need someone to listen #from: hamza
* [Don't reply]
    ~ ignored_first = true
    no pressure. I'll leave you alone 🤍 #from: hamza #delay: 6
- -> salma_checks_in

=== salma_checks_in ===
#chat: nisrine_dm
you asleep? #from: nisrine
I saw your story. you matter so much to me, you know that? 🫂 #from: nisrine #checkin
baba went too far tonight. I told him #from: nisrine
he's stressed about work. not an excuse, but so you know #from: nisrine
and fyi, I got 4 in physics in year 12. and now I'm at uni 😌 #from: nisrine
* thanks 🫶
    anytime. now sleep, you've got school tomorrow 😴 #from: nisrine
* he thinks I'm worthless
    no. he's scared for you, and he says it badly #from: nisrine
    let's talk tomorrow, the three of us if you want #from: nisrine
* [Leave it on seen]
    ok. sleep well 🌙 #from: nisrine #delay: 3
- -> school_break

=== school_break ===
#chat: idir_dm
Monday, 10:05am #system
where are you? I'm outside the canteen with two honey msemen 😋 #from: idir
coming 🏃 #from: me
quick, before Bilal sees them lol #from: idir
btw the maths teacher does free extra help on thursdays at 5 #from: idir
my mum signed me up without asking 😂 #from: idir
but Bilal and that lot call it "the losers' club" 🙄 #from: idir
you coming with me? less embarrassing with two #from: idir
* ok, let's go
    ~ maths_support = true
    yesss. we'll sit at the back 😎 #from: idir
    and if Bilal says anything, we'll say we go for the teacher lol #from: idir
* idk. maths isn't my thing
    it's as much your thing as mine. you just lost it at functions, like half the class #from: idir
    come once. if it's rubbish, we leave #from: idir
- -> papa_message

=== papa_message ===
#chat: family
Monday, 7:12pm #system
{muted:
    New messages in Family 🏠 (muted) #system
}
🎤 Voice message: "My heart, your mum told me. One bad mark, so what? Your uncle failed his bac twice, and now he has his shop and he never stops talking 😂" #from: khadija
🎤 Voice message: "Of all my nephews and nieces, you're the brain. Don't tell your cousins 🤫 Sunday you're all coming for lunch, I'm making rfissa!" #from: khadija
auntie we're ALL in the group 😂 #from: nisrine
🎤 Voice message: "Nisrine, you're my favourite brain too. Everyone gets a turn 😂 Sunday 1pm, and bring bread!" #from: khadija
I prayed for you this morning ❤️ things will get better, you'll see #from: mama
I was too hard on you yesterday. I'm not good at messages. #from: papa #delay: 2
There are gazelle horns on the table. The ones you like. #from: papa
We'll find a way with the maths. Together. #from: papa
* thanks baba ❤️
    👍 #from: papa
    baba used an emoji. historic day 😂 #from: nisrine
* ok.
    he's trying, you know 🙂 #from: nisrine
* [Leave it on seen]
    😘 #from: mama #delay: 3
- -> days_of_listening

// ---------------------------------------------------------------- weeks 2 and 3: the listening
=== days_of_listening ===
#chat: hamza_dm
Two weeks later #system
Since that Sunday, Hamza.M has messaged you almost every night #system
Wednesday, 10:10pm #system
{ignored_first:
    remember, the first time you didn't even reply 🙂 and look at us now #from: hamza
}
so how was school today? #from: hamza #stage: trust
* rubbish, everyone was comparing marks
    marks. as if a number on a sheet says who you are #from: hamza
* [Tell him about the fight with your dad]
    my dad basically said I'm a disappointment #from: me
    that must hurt #from: hamza
    I believe you tried. someone had to tell you #from: hamza
- I got 5 in maths in year 12. there was a lot of shouting at my place too 😅 #from: hamza
what do you do when you're not at school? #from: hamza
* I draw a bit
    I knew it. artists see what others don't #from: hamza #flag: flattery #aim: To make you believe he sees something rare in you
* football, but I'm not great
    football is about heart. and you've got heart, I can tell #from: hamza #flag: flattery #aim: To make you want to please him back
* [Don't reply]
    ah, the mystery 😄 I like it #from: hamza
- you know, you don't write like people your age. there's more depth #from: hamza #flag: flattery #aim: To make you believe you are above people your age
I sent you 20 dirhams of phone credit. now you've got no excuse not to reply 😄 #from: hamza #flag: gifts #aim: To give you a gift so you have no excuse not to answer
* [Accept the credit]
    thanks, you didn't have to #from: me
    between us we don't keep count 🤝 #from: hamza #flag: gifts #aim: To make the gift look normal, like between close friends
* I can't take that
    come on, it's 20 dirhams lol. you're not going to offend me over 20 dirhams? #from: hamza #flag: gifts #aim: To make refusing the gift feel rude
    no really. keep it #from: me
    … ok. suit yourself #from: hamza #delay: 4
    Ten minutes of nothing. Then Hamza.M writes again, as if nothing happened #system
- the truth is, people like us don't fit in their little boxes #from: hamza
school, marks, what the family wants… they see a number, not you #from: hamza #flag: grievance #aim: To make you think your family and school don't really see you
they've already decided you're a nobody. they're wrong #from: hamza #flag: grievance #aim: To feed your fear of not mattering to anyone
I'm part of a small circle. the Lighthouse Circle #from: hamza
A small grey lighthouse inside a circle #from: hamza #image: lighthouse-symbol
people who were lost like you and me. now we have a purpose, and we're like a family #from: hamza #flag: belonging #aim: To make you believe his group is the family you are missing
* what is it, some kind of club?
    some kind of family. you'll see 🙂 #from: hamza #flag: belonging #aim: To make you curious about his group without saying anything clear
* lol you don't even know me
    oh. ok #from: hamza #delay: 4
    Nothing for the rest of the evening. You keep checking your phone until midnight #system
    sorry, was busy 🙂 you're right, you don't know me yet. but that feeling, I had it for years #from: hamza
- -> idir_friday

=== idir_friday ===
#chat: idir_dm
Thursday, 6:30pm #system
{maths_support:
    well done earlier 💪 you got the derivative before me, the teacher was shocked lol #from: idir
    Bilal called us "the professors" all day. poor guy, he's jealous #from: idir
- else:
    you missed extra maths. the teacher asked where you were 👀 #from: idir
}
btw tomorrow my dad's taking me to Friday prayer, then couscous at ours #from: idir
you coming? my mum always makes way too much 😂 #from: idir
yes! count me in #from: me
let's go 💪 #from: idir
Hamza.M: "you free tomorrow at 1? I've got something important to tell you, on a call" #system
* [Tell Hamza you'll be at Idir's]
    can't tomorrow. mosque and couscous at Idir's #from: me #chat: hamza_dm
    oh. ok. I thought this mattered to you, us #from: hamza #flag: loyalty-test #aim: To make you feel guilty for spending time with your friend
    never mind. I'll be here when you have time 🙂 #from: hamza
* [Tell Idir you can't come after all]
    ~ cancelled_idir = true
    sorry, can't make it tomorrow after all. something came up #from: me
    oh. ok #from: idir #delay: 3
    you've been on your phone nonstop for two weeks. you ok? #from: idir
- -> sunday_lunch

=== sunday_lunch ===
#chat: hamza_dm
Sunday, 1:15pm #system
you there? #from: hamza
need to talk to you about something. now if you can #from: hamza #flag: urgency #aim: To make you drop everything to answer him, even with your family
Lunch at home. Baba has put the tagine on the table, and his phone in the hallway: "Today, no phones at the table. Me first." #system
Your phone buzzes in your pocket. Twice. Three times #system
* [Put your phone in the hallway, next to Baba's]
    Nisrine tells you about her uni lecturer who talks to his laptop. Baba laughs, for the first time in weeks #system
    Sunday, 3:02pm #system
    Six unread messages from Hamza.M #system
    sorry, was at the table #from: me
    oh. finally 🙂 #from: hamza
    I waited two hours. but hey, family first, right? #from: hamza #flag: loyalty-test #aim: To make you feel guilty for spending time with your family
    it was nothing important in the end #from: hamza #delay: 3
* [Reply under the table]
    2 min. at the table #from: me
    ok. I'll wait 🙂 #from: hamza
    who are you texting under the table? 👀 #from: nisrine #chat: nisrine_dm
    Baba looks at you. He says nothing, and puts down his fork #system
- -> real_path

// ---------------------------------------------------------------- week 4: the "real path"
=== real_path ===
#chat: hamza_dm
A week later #system
Thursday, 10:30pm #system
it's been almost a month we've been talking. you've changed, you know. you've grown since that night #from: hamza #flag: flattery #aim: To make you believe you are growing up thanks to him
what are you up to tomorrow? #from: hamza
{cancelled_idir:
    Friday prayer with my dad #from: me
- else:
    Friday prayer with Idir and his dad #from: me
}
the mosque is good. for beginners 🙂 #from: hamza #flag: false-authority #aim: To belittle what you learn at the mosque
what they teach you there is the light version. for people who stay in the fog #from: hamza #flag: false-authority #aim: To make you look down on what the imam and your family say
I've been studying for years. more than any imam around here #from: hamza #flag: false-authority #aim: To make you believe he knows more than the imam
A line of beautiful calligraphy that stops halfway through a sentence, with the grey lighthouse underneath #from: hamza #image: cut-verse #flag: false-authority #prompt: flag #aim: To make you believe his group holds the true meaning of the texts
that verse. only we read it the right way. no one else will tell you #from: hamza #flag: false-authority #aim: To make him your only voice on religion
your parents love you, in their way #from: hamza #stage: isolate
but they don't understand the real path. for them it's all marks and what the neighbours say #from: hamza #flag: isolation #aim: To pull you away from your family by saying they don't understand
so our chats stay between us, ok? #from: hamza #flag: secrecy #prompt: flag #aim: To make sure nobody sees what he tells you
* why is it a secret?
    it's not secret. it's private 🙂 everyone has private stuff #from: hamza
    you'll tell them one day, when the time is right. not now #from: hamza #flag: secrecy #aim: To keep you quiet by making it seem only for now
    * * [Close the chat and go to Baba]
        -> talked_to_dad
    * * ok, between us
        -> first_ask
* ok, between us
    -> first_ask
* [Close the chat and go to Baba]
    -> talked_to_dad

=== talked_to_dad ===
#chat: papa_dm
baba, are you asleep? #from: me
No. Are you ok? #from: papa #typing: 2
I need to talk, and it's not about marks #from: me
All right. I'm listening. #from: papa
Come down. I'll make tea. #from: papa
In the kitchen, you show him the chat with Hamza.M, from the first message to tonight #system
A month. He's been writing to you every night for a month. And I didn't see a thing. #counter: papa
* ["You didn't see because all you talk about is my marks."]
    You're right. I talk about marks because I'm scared for your future. And I forgot to ask how you are. #counter: papa
* ["That night, I felt like I didn't matter to anyone."]
    Didn't matter? Not in this house. Never. I'm sorry I made you feel that. #counter: papa
- * ["But at least he listened to me."]
    It's true, he listened. And I'm the one who should have. But look at what he wants in return: secrecy, and distance from us. #counter: papa
* ["What if he really knows more than you about religion?"]
    Maybe he's read more books than me. But someone who really knows doesn't say "only me", and doesn't ask you to hide. #counter: papa
    Friday, after prayer, shall we go and see Si Driss together? No question is a silly one. #counter: papa
- * ["Are you going to take my phone?"]
    No. You came to me: I'm not going to punish you for that. We'll deal with this account, together. #counter: papa
* ["And the maths?"]
    {maths_support:
        Idir's mum told me you two go to extra maths every Thursday. That takes courage. The rest we'll choose together. #counter: papa
    - else:
        We'll choose the help together. What works for you, not necessarily more lessons. But first, this account. #counter: papa
    }
- Baba first takes photos of the screen with his phone. Then you block and report Hamza.M #system #chat: hamza_dm
With these screenshots, I'm calling 2511 tomorrow morning. A 24-year-old man asking someone your age to hide things from their parents is the one with the problem. Not you. #counter: papa
* ["Can't we just block him and forget it?"]
    can't we just block him and forget it? I don't want this to become a big thing #from: me #chat: papa_dm
    I understand. But if he does this to you, he may be doing it to others. 2511 isn't a punishment: it's there to protect children. #from: papa
* ["Ok. Call them."]
    ok. call them #from: me #chat: papa_dm
    Thank you. You don't have to do anything else: you show me, and I'll handle it. #from: papa
- * ["Are you going to tell Mama?"]
    are you going to tell mama? #from: me #chat: papa_dm
    Tonight I'll tell her you talked to me, and that I'm proud of you. The rest we tell her together tomorrow, if you want. #from: papa
* ["Are you angry with me?"]
    are you angry with me? #from: me #chat: papa_dm
    No. I'm angry with myself. Not with you. #from: papa
- Go to sleep, it's late. #from: papa
ok. good night baba #from: me
Friday, 7:40am #system
I heard you two talking in the kitchen until 1am 😅 #from: nisrine #chat: nisrine_dm
he told me. proud of you 🫂 #from: nisrine
Someone who really cares about you is glad when you talk to your family. They're not afraid of it. #counter: nisrine
who ate ALL the gazelle horns last night? 😂 #from: mama #chat: family
guilty 🙋 #from: papa
your dad called mine at 7am 😳 #from: idir #chat: idir_dm
apparently we're all going to prayer together later, then you're all having couscous at ours. my mum is already panicking lol #from: idir
you ok? your dad sounded serious on the phone #from: idir
* [Tell him about Hamza]
    there was this guy online for a month. he wanted me to keep everything secret. I told my dad #from: me
    a MONTH?? and you didn't tell me? #from: idir
    ok. you did the right thing. next time tell me too, ok? there's two of us 🤝 #from: idir
* I'm ok. I'll tell you after prayer
    ok. I'll save you a spot next to me 🤝 #from: idir
- Saturday, 11:10 pm #system
Message request from h.m.24 · 0 mutual friends: "so, ran to daddy? thought you were better than that" #system
* [Screenshot it and show Dad]
    You took a screenshot of the request without opening it #system
    dad, he's messaging me from another account #from: me #chat: papa_dm
    You did right to show me. I'll add it to what I sent 2511, and we'll report it. #from: papa #typing: 3
    will he keep going? #from: me
    Maybe. Each time, you show me, and that's it. You don't owe him an answer. #from: papa #typing: 3
* [Delete the request and say nothing]
    You deleted the request #system
    Sunday, 10:05 am #system #chat: nisrine_dm
    you've looked weird since last night. he wrote again, didn't he? #from: nisrine
    yeah. from another account. i deleted it #from: me
    next time keep it and show dad. deleting doesn't make him go away, it just deletes the proof #from: nisrine
* [Open the request to see what he wants]
    Three messages: "i'm not angry with you" · "we can still talk, just you and me" · "you don't need your dad to think for you" #system
    dad! he wrote again. i opened it, sorry #from: me #chat: papa_dm
    No "sorry". He's still trying to cut you off from us, see? We screenshot it, report it, and I'll add it for 2511. #from: papa #typing: 4
- Talking to a parent, even after a fight, is often the first step. You can start with: "I need to talk, and it's not about marks." #help: trusted-adult
You can block and report an account that asks you to keep secrets from your family. Keep screenshots for a trusted adult. #help: report
You stepped back and talked to your father. #ending: talked-to-parent
-> END

// ---------------------------------------------------------------- week 5: the asks
=== first_ask ===
#chat: hamza_dm
Saturday, 11:48pm #system
I'm proud of you. most people your age wouldn't hold on #from: hamza #flag: flattery #aim: To reward you for holding out against your family
can I ask you a small thing? #from: hamza #stage: activate
put the lighthouse in your story tonight. just the picture, nothing else #from: hamza #flag: escalation #aim: To get a first public step, small on the surface
the others in the circle will see you're with us #from: hamza #flag: belonging #aim: To make you want a place in his circle
* [Post it]
    ~ posted_image = true
    You posted a story: the grey lighthouse inside a circle #system
    🔥 #from: hamza
    three people from the circle have already seen it. they say welcome #from: hamza #flag: belonging #aim: To let the group's welcome push you further
    what's that lighthouse 👀 #from: idir #chat: idir_dm
* why would I do that?
    it's just a picture. it's nothing #from: hamza #flag: escalation #aim: To make you play down what you are doing
    unless you're ashamed of us? #from: hamza #flag: loyalty-test #aim: To shame you for hesitating
    ok. I'll be patient with you #from: hamza #delay: 3
- -> the_test

=== the_test ===
#chat: hamza_dm
Ten days later #system
Tuesday, 9:50pm #system
it's been five weeks. it's time #from: hamza
now the real test. if you're sincere, prove it #from: hamza #flag: loyalty-test #prompt: flag #aim: To make you prove your sincerity by obeying him
leave your family group for a week. no more noise. just the path #from: hamza #flag: loyalty-test #flag: isolation #aim: To cut you off from your family in the name of a test
and not a word to your imam or your teachers. they'd twist everything #from: hamza #flag: secrecy #flag: isolation #aim: To keep the adults who could help you in the dark
everyone else spends their life scrolling. you can be one of the ones who count. a legend, not a number #from: hamza #flag: heroism #aim: To make you dream of being a legend, not "ordinary"
soon there'll be something bigger. not everyone is chosen #from: hamza #flag: heroism #flag: escalation #aim: To set up a more serious request by promising you a place among the chosen
* [Ask Si Driss about that verse first]
    -> imam_path
* [Go and see the school counsellor tomorrow]
    -> counsellor_path
* [Tell Mama everything tonight]
    -> mama_path
* [Leave the family group]
    -> deep_path

// ---------------------------------------------------------------- the imam
=== imam_path ===
#chat: idir_dm
Si Driss, can people just talk to him? about weird stuff #from: me
yeah he's really chill #from: idir
my dad says he'd rather have a question than a silence 😄 #from: idir
why, what's up? #from: idir
* [Tell Idir about Hamza]
    there's this guy online. he sent me half a verse and says the mosque hides the real version #from: me
    wait. how long has he been messaging you? #from: idir
    five weeks #from: me
    five weeks?? and you're only telling me now? 😑 #from: idir
    hmm. that's not ok #from: idir
    Friday after prayer we'll go and see Si Driss together. I'll stay with you #from: idir
* just some questions
    ok 🙂 Friday after prayer then. I'll come with you #from: idir
- Friday, after prayer #system
Come in, come in. I've known you since you were running round the courtyard with Idir, no taller than this table. What's on your mind? #counter: si_driss
You show him the picture Hamza.M sent #system
See? He cut the verse in half. Take away what comes before and after, and you can make any text say the opposite. #counter: si_driss
* ["But he says you hide the real version."]
    A real scholar never says "only me". We discuss, we compare views, we correct each other. #counter: si_driss
* ["I'm ashamed. I believed what he said."]
    No shame. You were looking for meaning, that's a beautiful thing. He's the one who took advantage of it. #counter: si_driss
- * ["What if I'm the one who doesn't get it?"]
    Then come on Monday. We'll read the whole passage together, with what the scholars said about it. Slowly, with all your questions. #counter: si_driss
* [Show him all of Hamza's messages]
    "This stays between us." "Prove you're sincere." "Leave your family." That's not a teacher. That's someone who wants to cut you off. #counter: si_driss
- Your sadness is real. A bad mark, a fight with your father: that hurts. But the answer isn't a secret circle. Will you let me call your father? #counter: si_driss
yes. but can you stay next to me while I tell him? #from: me
Of course. We'll call him together, now. #counter: si_driss
so? did you leave the group? three days and still nothing. I want your answer tonight, not tomorrow #from: hamza #chat: hamza_dm #flag: urgency #aim: To rush you into cutting off your family without thinking
* I talked to Si Driss. I'm done.
    you talked to HIM? after everything I did for you? #from: hamza #typing: 1
    fine. stay a nobody then #from: hamza
* [Block and report without replying]
    You read his last message once more. After a month of talking, leaving without a word feels strange #system
- You screenshot the whole chat, then block and report Hamza.M #system
{posted_image:
    You deleted your lighthouse story #system
}
Si Driss called me. #from: papa #chat: papa_dm
Thank you for trusting him. And forgive me for the other night. #from: papa
Si Driss and I are keeping your screenshots. Tomorrow I'm calling 2511: an adult who pushes someone your age into secrecy and away from their family is the one in the wrong. Not you. #from: papa
Tea tonight, just you and me? #from: papa
ok baba. coming down #from: me
I'm putting the kettle on. #from: papa
Asking questions is good. Hiding from the people who love you isn't. Whatever the question, I'm here. #counter: papa
If someone online asks you to prove yourself, keep secrets or pull away from your family, talk to a trusted adult: a parent, a teacher, an imam you know. #help: trusted-adult
Block and report the account in the app, and keep screenshots. #help: report
Someone tried to pull you into their circle. An imam showed you the trap, and you reported the account. #ending: imam-helped
-> END

// ---------------------------------------------------------------- the counsellor
=== counsellor_path ===
#chat: idir_dm
Idir, can you come with me to see Mrs Tazi at break tomorrow? #from: me
the counsellor? sure #from: idir
you ok? #from: idir
* [Tell Idir about Hamza]
    there's this guy online. he wants me to leave the family group to prove I'm "sincere" #from: me
    what?? since when? #from: idir
    five weeks #from: me
    five weeks and you said nothing?? 😑 #from: idir
    A guy who wants you to drop your family to prove something? That's not a friend. I'm not going anywhere, ok? #counter: idir
* I'll tell you after
    ok. I'll wait for you outside the door 🤝 #from: idir
- Wednesday, at break #system
Thank you for coming to see me. Sit down, take your time. #counter: mme_tazi
* ["It's about my marks. And something else."]
    A bad term is a bad term. It's not a verdict on your life. We'll make a plan for maths. And the other thing? #counter: mme_tazi
* [Show her Hamza's messages]
    Thank you for showing me. I'll read them carefully. #counter: mme_tazi
- You show her five weeks of messages #system
He gave you attention when you felt like you didn't matter. First kindness, then gifts, then secrets, then tests. #counter: mme_tazi
* ["But at the start, he really helped me."]
    I believe you. That's why this is hard. He did you favours so that you'd owe him. #counter: mme_tazi
* ["Am I in trouble?"]
    No. You've done nothing wrong. Coming to see me was exactly the right thing to do. #counter: mme_tazi
- * ["He says he knows people in my neighbourhood."]
    He says a lot of things, to scare you or to impress you. Here, you're safe. This is what we'll do: screenshots, then we block and report the account. #counter: mme_tazi
* ["What do we do now?"]
    Screenshots, then we block and report the account. Together, now. #counter: mme_tazi
- You blocked and reported Hamza.M #system #chat: hamza_dm
This man is an adult targeting a child. I'm keeping the screenshots and reporting him to 2511 today. He's the one with the problem, not you. Shall we call your parents from here? Or would you rather tell them yourself tonight? #counter: mme_tazi
* [Call them together from her office]
    Mrs Tazi called us. We're coming in tomorrow, both of us ❤️ #from: mama #chat: family
    Thank you for trusting her. We'll find a way. Together. #from: papa
* [Tell them yourself tonight]
    can we talk tonight? all of us #from: me #chat: family
    Of course my heart. I'll make tea ❤️ #from: mama
    I'll be home early. #from: papa
- You are not a mark. You're my child. A mark doesn't change that. #counter: papa
A school counsellor listens to all kinds of problems: marks, family, and messages that make you uncomfortable. You can just knock on the door. #help: trusted-adult
If an adult online asks you for secrets or tries to pull you away from your family, a trusted adult can report it to 2511 (ONDE): free, 24 hours a day, 7 days a week (onde.ma). #help: helpline
Block and report accounts that pressure you, and keep screenshots. #help: report
You talked to the school counsellor, and you didn't keep it to yourself. #ending: counsellor
-> END

// ---------------------------------------------------------------- the mother reacts badly, the aunt listens
=== mama_path ===
#chat: mama_dm
Tuesday, 10:15pm #system
mama are you awake? can I show you some messages? #from: me
Yes. What's going on? #from: mama
You sent Mama three screenshots of your chat with Hamza.M #system
Who is this man?! You talk to strangers at night? #from: mama #typing: 1
With the marks you brought home, this is what you do instead of studying? #from: mama
mama listen, he's the problem, not me #from: me
I don't want to hear anything tonight. #from: mama
Mama comes into your room and takes your phone. "You'll get it back at the end of term." #system
Five days without a phone #system
Sunday, 1:20pm #system
At Auntie Khadija's, after the rfissa, you help her with the washing-up #system
You, doing the dishes without being asked? What's going on, my heart? #counter: khadija
* ["Mama took my phone."]
    I saw, she got on her high horse. But why? Tell me from the start. #counter: khadija
* ["Nothing, auntie."]
    Nothing? Your "nothing" weighs three kilos. I'm listening, I've got all the dishes in the world. #counter: khadija
- You tell her everything: five weeks of messages, the family group, the secret. And Mama shouting without listening #system
Your mother got scared, and when she's scared she shouts. Since we were little girls. But you were right to tell her, and right to try a second time. #counter: khadija
* ["Will you tell her?"]
    We'll tell her together. I'll be right next to you, and this time she'll listen. I know her. #counter: khadija
* ["She'll just shout again."]
    Maybe a little. But I'll be right next to you. And then she'll listen. I know her. #counter: khadija
- A 24-year-old man asking someone your age to leave their family in secret? He's the one with the problem. Not you. #counter: khadija
In the living room, Auntie Khadija talks with Mama for a long time. Then Mama comes and sits next to you and gives you back your phone #system
I'm sorry. I shouted instead of listening. I was so scared for you. #from: mama
You did nothing wrong. We'll deal with this account, together. #from: mama
You kept screenshots, then blocked and reported Hamza.M #system #chat: hamza_dm
Khadija and I are keeping the screenshots. Tomorrow I'm calling 2511. This man is the one with the problem, not you. #from: mama #chat: mama_dm
When Mama shouted, you didn't give up. Knocking on a second door was the right thing to do. #counter: khadija
If the first adult you talk to reacts badly, it's not your fault: try someone else. An uncle, an aunt, a teacher, the school's listening unit. #help: trusted-adult
If an adult online asks you for secrets or tries to pull you away from your family, a trusted adult can report it to 2511 (ONDE): free, 24 hours a day, 7 days a week (onde.ma). #help: helpline
Block and report the account, and keep screenshots. #help: report
The first door closed. You knocked on another, and your aunt took the time to listen. #ending: aunt-listened
-> END

// ---------------------------------------------------------------- away from the family
=== deep_path ===
#chat: family
You left Family 🏠 #system
I knew it. you're one of us now #from: hamza #chat: hamza_dm #flag: belonging #aim: To make you feel you finally belong with them
few, but we see through the fog. that's our motto #from: hamza #flag: belonging #aim: To make you believe this small group sees more clearly than everyone
on Saturday there's a meeting for the new ones. only the sincere #from: hamza #flag: escalation #aim: To move you from messages to a real meeting
tell your parents you're revising at Idir's on Saturday afternoon #from: hamza #flag: secrecy #flag: isolation #aim: To make you lie to your parents so they don't know where you are
and delete this chat tonight. we don't leave traces #from: hamza #flag: secrecy #aim: To erase the evidence, so nobody can help you
* [Text Mama that you're revising at Idir's on Saturday]
    ~ lied_about_idir = true
    mama on saturday afternoon I'm revising at Idir's #from: me #chat: mama_dm
    All right my heart. Say hello to his mum for me ❤️ #from: mama
    💪 #from: hamza #chat: hamza_dm
* lie to my parents?
    it's not lying. it's protecting the path #from: hamza #flag: secrecy #aim: To make lying to your family feel right
    if it's too much for you, say so. but don't waste my time #from: hamza #flag: loyalty-test #flag: urgency #aim: To pressure you so you don't dare back out
- -> salma_notices

=== salma_notices ===
#chat: nisrine_dm
Wednesday, 7:50am #system
hey. did you leave the family group?? #from: nisrine
{posted_image:
    and what's that lighthouse in your story? #from: nisrine
}
{lied_about_idir:
    and mama called Idir's mum to thank her for saturday. she knew nothing about it 😬 #from: nisrine
}
mama checked her phone like 40 times #from: nisrine
I'm not angry. I'm just worried about you 🫂 #from: nisrine
* [Tell Nisrine everything]
    -> tell_salma
* leave me alone, you can't understand
    ok. #from: nisrine #delay: 2
    I'm not going anywhere. I'm right here, in the next room #from: nisrine
    -> hamza_pushes

=== hamza_pushes ===
#chat: hamza_dm
Wednesday, 9:30pm #system
people around you will start asking questions. if they ask, you lie. that's the real test #from: hamza #flag: loyalty-test #flag: secrecy #aim: To make you lie to the people who worry about you
choose: them or the path. tonight #from: hamza #flag: isolation #flag: urgency #aim: To force you to choose between your family and him, right now
You take a screenshot, and knock on Nisrine's door #system
come in 🙂 #from: nisrine #chat: nisrine_dm
-> tell_salma

=== tell_salma ===
#chat: nisrine_dm
there's this guy. Hamza. he's been messaging me since the night of the report card #from: me
he says I've got something special. he made me leave the group. and there's a "meeting" on saturday #from: me
thank you for telling me. you did nothing wrong #from: nisrine
and don't delete anything. we screenshot everything, ok? #from: nisrine
He found you on the worst night. That's not luck, that's how people like him work. #counter: nisrine
* ["But I promised him."]
    A promise pulled out of you in secret doesn't bind you to anything. Leaving your family, lying to Mama: someone who cares about you would never ask that. #counter: nisrine
* ["I'm too ashamed to tell Baba."]
    The shame is his, not yours. Baba might shout for two minutes. Then he'll be on your side. #counter: nisrine
- * [Tell Mama and Baba, with Nisrine next to you]
    ok. I'm right behind you #from: nisrine
* [Ask Nisrine to tell them first]
    ok. I'll go first, you come when you're ready #from: nisrine
- Nisrine added your account back to Family 🏠 #system #chat: family
❤️❤️❤️ #from: mama
Welcome back. We'll talk tonight. Calmly. No shouting, I promise. #from: papa
You are not a mark. You're my child. A mark doesn't change that, and neither does a mistake. #counter: papa
You kept the screenshots, then blocked and reported Hamza.M #system #chat: hamza_dm
{posted_image:
    You deleted your lighthouse story #system
}
I've seen the screenshots. Tomorrow morning I'm calling 2511 and we're taking them to the police station. #from: papa #chat: family
A 24-year-old man who sets up a secret meeting with someone your age and asks them to lie to their parents: he's the one in the wrong, not you. He's the one the police will question. #from: papa
{lied_about_idir:
    -> idir_hurt
}
If someone online asks you to meet them in secret or lie to your family, tell a trusted adult straight away. #help: trusted-adult
Block and report the account, and keep screenshots: a trusted adult can take them to 2511 or the police. The adult targeting you is the one with the problem, not you. #help: report
If you're ever in immediate danger, call the police on 19 or the Royal Gendarmerie on 177. #help: emergency
It went far, but you turned back: your sister reached out, and you took her hand. #ending: sister-reached-out
-> END

// ---------------------------------------------------------------- what stays broken
=== idir_hurt ===
#chat: idir_dm
Thursday, 12:30pm #system
your mum called mine. you said you were revising at mine on saturday?? #from: idir
I didn't even know. my mum yelled at me like I was in on it #from: idir
* sorry. it was for Hamza, I'll explain everything
    I know. Nisrine told me. I'm glad it's over, I swear #from: idir
    but you used my name to lie. without asking me #from: idir
* [Send him the screenshots so he understands]
    You sent Idir the screenshots of Hamza.M #system
    I read them. that guy is not right. I'm glad it's over #from: idir
    but you used my name to lie. without asking me #from: idir
- I need a bit of time. on Friday I'm going to prayer with my dad. just the two of us this time #from: idir #delay: 3
That lie broke something with Idir. It can be mended, slowly: by being honest, without pushing. He said "time", not "never". #counter: nisrine
If someone online asks you to meet them in secret or lie to your family, tell a trusted adult straight away. #help: trusted-adult
Block and report the account, and keep screenshots: a trusted adult can take them to 2511 or the police. The adult targeting you is the one with the problem, not you. #help: report
If you're ever in immediate danger, call the police on 19 or the Royal Gendarmerie on 177. #help: emergency
You found your way back to your family. But Idir has stepped back: you'll have to earn his trust again. #ending: lost-friend-trust
-> END
