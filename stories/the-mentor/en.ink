// The mentor: after a fight at home and bad marks, a warm older "mentor" from a fictional group
// ("the Lighthouse Circle") that dresses itself in religion. Techniques, not doctrine:
// no scripture is quoted or paraphrased, and faith is never the danger sign (prayer, the mosque, the imam and
// the believing family are on the player's side).
VAR muted = false
VAR ignored_first = false
VAR posted_image = false
VAR maths_support = false

-> family_night

=== family_night ===
#chat: family
I don't want to talk about it any more tonight. #from: papa #typing: 2
6 out of 20 in maths. With all the tutoring we pay for. #from: papa
Your cousin Othmane got 15. #from: papa
baba it's late 🙏 #from: nisrine
let's talk tomorrow, calmly #from: nisrine
Everyone to bed now. Tomorrow is another day. #from: mama
* ok, goodnight
    Goodnight my heart ❤️ #from: mama
* I tried, I really did. ok?
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
* just tired
    is it the results? #from: idir
    mine were a disaster too. my mum took the wifi box to bed with her 😭 #from: idir
    msemen on me tomorrow at break #from: idir
* fight with my dad about the results
    oof #from: idir
    he'll calm down. your dad always shouts first and buys cakes after 😅 #from: idir
    msemen on me tomorrow at break. we'll talk #from: idir
- When everything feels heavy, talking helps, and things can get better. Talk to someone you trust: a friend like Idir, your family, a teacher. Stop Silence also listens to young people by chat, free and without giving your name. If you're in danger, call 19 or 15. #help: distress
-> hamza_request

=== hamza_request ===
#chat: hamza_dm
Message request from Hamza.M · 12 mutual friends #system
hey. sorry to barge in #from: hamza #stage: target
I saw your story #from: hamza
it got to me. I was exactly like you at your age #from: hamza #typing: 3
everyone telling me I'd never amount to anything #from: hamza
* who are you?
    Hamza. 24. I know a few people from your neighbourhood #from: hamza
    I talk with younger people going through a rough patch. that's all 🙂 #from: hamza
* thanks, that's kind
    it's nothing #from: hamza
    someone who posts that at midnight usually just needs someone to listen #from: hamza
* [Don't answer]
    ~ ignored_first = true
    no pressure. I'll leave you alone 🤍 #from: hamza #delay: 6
- -> salma_checks_in

=== salma_checks_in ===
#chat: nisrine_dm
you asleep? #from: nisrine
saw your story. you matter so much to me, you know that? 🫂 #from: nisrine #checkin
baba went too far tonight. I told him so #from: nisrine
he's stressed about work. it's not an excuse, just so you know #from: nisrine
and for the record, I got a 4 in physics in my first year of bac. now I'm at uni 😌 #from: nisrine
* thanks 🫶
    anytime. now sleep, you've got school tomorrow 😴 #from: nisrine
* he thinks I'm useless
    he doesn't. he's scared for you, and he says it badly #from: nisrine
    we'll talk tomorrow, the three of us if you want #from: nisrine
* [Leave it on seen]
    ok. goodnight 🌙 #from: nisrine #delay: 3
- -> school_break

=== school_break ===
#chat: idir_dm
Wednesday, 10:05 am #system
where are you? I'm outside the canteen with two honey msemen 😋 #from: idir
* coming 🏃
    quick, before Bilal sees them 😂 #from: idir
* not hungry. sorry
    ok. I'll save you one, it'll still be good at lunch 😄 #from: idir
- btw the maths teacher does free extra help on thursdays at 5 #from: idir
my mum signed me up without asking 😂 #from: idir
you coming with me? it's less embarrassing with two #from: idir
* ok, sure
    ~ maths_support = true
    nice. we'll sit at the back 😎 #from: idir
* dunno. maths isn't for me
    it's as much for you as it is for me. you just got lost at functions, like half the class #from: idir
    come once. if it's rubbish, we leave #from: idir
- -> days_of_listening

=== days_of_listening ===
#chat: hamza_dm
Wednesday, 4:40 pm #system
{ignored_first:
    hey again 🙂 hope you managed to sleep #from: hamza
}
so, how was school today? #from: hamza #stage: trust
* bad, everyone was comparing marks
    marks. as if a number on a sheet says who you are #from: hamza
* [Tell him about the fight with your dad]
    my dad basically said I'm a disappointment #from: me
    that must hurt #from: hamza
    for what it's worth, I believe you tried #from: hamza
- in my first year of bac I got 5 in maths. there was a lot of shouting at my place too 😅 #from: hamza
what do you do when you're not at school? #from: hamza
* I draw a bit
    I knew it. artists see what others don't #from: hamza #flag: flattery
* football, but I'm not great
    football is about heart. and you've got heart, that's obvious #from: hamza #flag: flattery
* [Don't answer]
    a mystery 😄 I like that #from: hamza
- you know, you write differently from people your age. deeper #from: hamza #flag: flattery
the others just scroll. you're looking for something real, I can tell #from: hamza #flag: flattery
* lol you don't even know me
    true 😄 but I know that feeling. I had it for years #from: hamza
* maybe... I don't know
    I know. trust me #from: hamza
- the truth is, people like us don't fit in their little boxes #from: hamza
school, marks, what the family wants… they see a number, not you #from: hamza #flag: grievance
they've already decided you're a nobody. they're wrong #from: hamza #flag: grievance
I'm part of a small circle. the Lighthouse Circle #from: hamza
A small grey lighthouse inside a circle #from: hamza #image: lighthouse-symbol
people who were lost like you and me. now we have a purpose, and we're like a family #from: hamza #flag: belonging
-> papa_message

=== papa_message ===
#chat: family
Wednesday, 7:12 pm #system
{muted:
    New messages in Family 🏠 (muted) #system
}
🎤 Voice note: "My darling, your mum told me. One bad mark, so what? Your uncle failed his bac twice, and now he has his own shop and never stops talking 😂" #from: khadija
🎤 Voice note: "You're the cleverest of all my nieces and nephews. Don't tell your cousins 🤫 Lunch on Sunday, I'm making rfissa!" #from: khadija
auntie we're ALL in this group 😂 #from: nisrine
🎤 Voice note: "Nisrine, you're my favourite brain too. Everyone gets a turn 😂 Sunday, 1 pm, and bring bread!" #from: khadija
I prayed for you this morning ❤️ it will get better, you'll see #from: mama
I was too hard yesterday. I'm not good at these messages. #from: papa #delay: 2
There are cornes de gazelle on the table. The ones you like. #from: papa
We'll find a solution for maths. Together. #from: papa
* thanks baba ❤️
    👍 #from: papa
    baba used an emoji. historic day 😂 #from: nisrine
* ok.
    he's trying, you know 🙂 #from: nisrine
* [Leave it on seen]
    😘 #from: mama #delay: 3
- -> idir_friday

=== idir_friday ===
#chat: idir_dm
btw on friday my dad's taking me to prayer, then it's couscous at ours #from: idir
wanna come? my mum always makes way too much 😂 #from: idir
* yes! count me in
    💪 #from: idir
* maybe, I'll see
    ok, no stress. you're always welcome #from: idir
- -> real_path

=== real_path ===
#chat: hamza_dm
Thursday, 10:30 pm #system
got plans for tomorrow and the weekend? #from: hamza
* friday prayer with Idir and his dad
    the mosque is fine. for beginners 🙂 #from: hamza #flag: false-authority
* not really
    then let me show you things they don't tell you at the mosque #from: hamza #flag: false-authority
- what they tell you there is the soft version. for people still stuck in the fog #from: hamza #flag: false-authority
I've been studying for years. more than any imam around here #from: hamza #flag: false-authority
A line of beautiful calligraphy that stops in the middle of a sentence, with the grey lighthouse underneath #from: hamza #image: cut-verse #flag: false-authority #prompt: flag
that verse. only we read it the right way. nobody else will tell you this #from: hamza #flag: false-authority
your parents love you, in their way #from: hamza #stage: isolate
but they don't understand the real path. for them it's marks and what the neighbours say #from: hamza #flag: isolation
so keep our talks between us, ok? #from: hamza #flag: secrecy #prompt: flag
* why keep it secret?
    it's not secret. it's private 🙂 everyone has private things #from: hamza
    you'll tell them one day, when you're stronger. not now #from: hamza #flag: secrecy
    * * [Close the chat and go find Baba]
        -> talked_to_dad
    * * ok, fine
        -> first_ask
* ok, between us
    -> first_ask
* [Close the chat and go find Baba]
    -> talked_to_dad

=== talked_to_dad ===
#chat: papa_dm
baba, are you awake? #from: me
Yes. Everything ok? #from: papa #typing: 2
* can I show you some messages?
    Of course. #from: papa
* I need to talk, and it's not about the marks
    All right. I'm listening. #from: papa
- Come down. I'll make tea. #from: papa
In the kitchen, you show him your chat with Hamza.M, from the first message to tonight #system
Thank you for showing me. I know it wasn't easy, after the other night. #counter: papa
* [Tell him he only ever talks about your marks]
    You're right. I talk about marks because I'm scared for your future. And I forgot to ask how you are. #counter: papa
* [Tell him you felt like a nobody]
    A nobody? Not in this house. Not ever. I'm sorry I made you feel that. #counter: papa
- From now on, one dinner a week where nobody mentions school. #counter: papa
{maths_support:
    Idir's mum told your mum you were both at the maths help this afternoon. That took courage. The rest, we'll choose together. #counter: papa
- else:
    And for maths, we'll choose the help together. Not necessarily more lessons: whatever works for you. #counter: papa
}
This man listened when you were sad. I understand why that felt good. #counter: papa
* ["But at least he listened to me."]
    That's true, he listened. And it should have been me. But look at what he asks in return: secrecy, and distance from us. #counter: papa
* ["What if he really knows more about religion than me?"]
    You're allowed not to know everything. Neither do I. But someone who really knows doesn't say "only me", and doesn't ask you to hide. #counter: papa
- Someone who tells you to hide things from your family is not looking after you. #counter: papa
On Friday, after prayer, shall we go and see Si Driss together? You can ask him all your questions. No question is stupid. #counter: papa
* [Block and report Hamza.M now]
    Baba first takes photos of the screen with his phone. Then you block and report Hamza.M #system #chat: hamza_dm
* [Take screenshots first, then block and report]
    Good idea. Screenshots first, in case someone needs to see them. #counter: papa
    You saved 6 screenshots, then blocked and reported Hamza.M #system #chat: hamza_dm
- With these screenshots, I'm calling 2511 tomorrow morning. A 24-year-old man who asks a teenager to hide things from their parents is the one with the problem. Not you. #counter: papa
heard you and baba in the kitchen till 1am 😅 #from: nisrine #chat: nisrine_dm
he told me. proud of you 🫂 #from: nisrine
Someone who really cares about you is glad when you talk to your family. Not scared of it. #counter: nisrine
who ate ALL the cornes de gazelle last night? 😂 #from: mama #chat: family
guilty 🙋 #from: papa
and thank you for talking to your dad last night. I'm proud of you ❤️ #from: mama
your dad called mine at 7am 😳 #from: idir #chat: idir_dm
apparently on friday we're all going to prayer together, and then you're all having couscous at ours. my mum is already panicking 😂 #from: idir
you ok? your dad sounded serious on the phone #from: idir
* [Tell him about Hamza]
    there was a guy online who wanted me to keep everything secret. I told my dad #from: me
    seriously?? good call. next time tell me too, ok? there's two of us 🤝 #from: idir
* I'm fine. I'll tell you on friday
    ok. I'll save you a spot next to me 🤝 #from: idir
- Talking to a parent, even after a fight, is often the first step. You can start with: "I need to talk, and it's not about the marks." #help: trusted-adult
You can block and report an account that asks you to keep secrets from your family. Keep screenshots for an adult you trust. #help: report
You stepped back early and talked to your father. #ending: talked-to-parent
-> END

=== first_ask ===
#chat: hamza_dm
11:48 pm #system
I'm proud of you. most people your age couldn't handle this #from: hamza #flag: flattery
can I ask you a small thing? #from: hamza #stage: activate
put the lighthouse in your story tonight. just the picture, nothing else #from: hamza #flag: escalation
the others in the circle will see you're with us #from: hamza #flag: belonging
* [Post it]
    ~ posted_image = true
    You posted a story: the grey lighthouse in a circle #system
    🔥 #from: hamza
    three people from the circle already saw it. they say welcome #from: hamza #flag: belonging
* why should I?
    it's just a picture. no big deal #from: hamza #flag: escalation
    unless you're ashamed of us? #from: hamza #flag: loyalty-test
    ok. I'll be patient with you #from: hamza #delay: 3
- -> the_test

=== the_test ===
#chat: hamza_dm
now the real test. if you're sincere, prove it #from: hamza #flag: loyalty-test #prompt: flag
leave your family group for a week. no noise. only the path #from: hamza #flag: loyalty-test #flag: isolation
and not a word to your imam or your teachers. they'd twist everything #from: hamza #flag: secrecy #flag: isolation
the others scroll their lives away. you can be one of those who count. a hero, not a nobody #from: hamza #flag: heroism
soon there'll be something bigger. not everyone gets chosen #from: hamza #flag: heroism #flag: escalation
* [Ask Si Driss about that verse first]
    -> imam_path
* [Go and see the school counsellor tomorrow]
    -> counsellor_path
* [Leave the family group]
    -> deep_path

=== imam_path ===
#chat: idir_dm
is Si Driss ok to talk to? like, about weird stuff #from: me
yeah he's really chill #from: idir
my dad says he'd rather get a question than a silence 😄 #from: idir
why, what's up? #from: idir
* [Tell Idir about Hamza]
    there's this guy online. he sent me half a verse and says the mosque hides the real version #from: me
    hmm. that's weird #from: idir
    after prayer tomorrow we'll go and see Si Driss together. I'll stay with you #from: idir
* just questions
    ok 🙂 after prayer tomorrow then. I'll come with you #from: idir
- Friday, after the prayer #system
Come in, come in. I've known you since you were this tall, running around the courtyard with Idir. Questions are always welcome here. What's on your mind? #counter: si_driss
You show him the picture Hamza.M sent you #system
You see? He cut the verse in half. Take away what comes before and after, and anyone can make any text say the opposite. #counter: si_driss
Come on Monday and we'll read the whole passage together, with what the scholars said about it. Slowly, with all your questions. #counter: si_driss
* [Show him all of Hamza's messages]
    "Only we read it right." "Keep it between us." "Prove you're sincere." That is not a teacher. That is someone who wants you alone. #counter: si_driss
* ["But he says you hide the real version."]
    A real scholar never says "only me". We discuss, we compare views, we check each other's work. And we never ask a young person to hide things from their parents. #counter: si_driss
- Your sadness is real. A bad mark, a fight with your father: that hurts. #counter: si_driss
But the answer is not a secret circle. It's the people who know you, in broad daylight. #counter: si_driss
Will you let me call your father? We can talk, the three of us. #counter: si_driss
so? did you leave the group? I want your answer tonight, not tomorrow #from: hamza #chat: hamza_dm #flag: urgency
* I talked to Si Driss. I'm out.
    you went to HIM? after everything I did for you? #from: hamza #typing: 1
    fine. stay a nobody then #from: hamza
* [Block and report without answering]
- You screenshotted the whole conversation, then blocked and reported Hamza.M #system
{posted_image:
    You deleted your story with the lighthouse #system
}
Si Driss called me. #from: papa #chat: papa_dm
Thank you for trusting him. And forgive me for the other night. #from: papa
Si Driss and I are keeping your screenshots. Tomorrow I'm calling 2511: an adult who pushes a teenager into secrets and away from their family is the one in the wrong. Not you. #from: papa
Tea tonight, just you and me? #from: papa
Asking questions is a good thing. Hiding from the people who love you is not. Whatever the question, I'm here. #counter: papa
If someone online asks you to prove yourself, keep secrets or leave your family, talk to an adult you trust: a parent, a teacher, an imam you know. #help: trusted-adult
Block and report the account in the app, and keep screenshots. #help: report
Someone tried to pull you into his circle. An imam helped you see the trap, and you reported the account. #ending: imam-helped
-> END

=== counsellor_path ===
#chat: idir_dm
idir, tomorrow at break can you come with me to see Mrs Tazi? #from: me
the counsellor? sure #from: idir
everything ok? #from: idir
* [Tell Idir about Hamza]
    there's a guy online. he wants me to leave the family group to prove I'm "sincere" #from: me
    what?? that's not normal at all #from: idir
    A guy who wants you to drop your family to prove something? That's not a friend. I'm not going anywhere, ok? #counter: idir
* I'll tell you after
    ok. I'll wait outside the door 🤝 #from: idir
- Friday, break time #system
Thank you for coming. Sit down, take your time. #counter: mme_tazi
* ["It's about my marks. And something else."]
    A bad term is a bad term. It's not a verdict on your life. We'll make a plan for maths. #counter: mme_tazi
    And the something else? You can show me. #counter: mme_tazi
* [Show her Hamza's messages]
    Thank you for showing me. I'm going to read them slowly. #counter: mme_tazi
- He gave you attention when you felt like a nobody. That's exactly how it works: first the kindness, then the secrets, then the tests. #counter: mme_tazi
Someone who asks you to cut off your family to prove yourself isn't giving you a purpose. He's taking your people away from you. #counter: mme_tazi
Here's what we'll do: screenshots, then we block and report the account. Together, now. #counter: mme_tazi
You blocked and reported Hamza.M #system #chat: hamza_dm
This man is an adult targeting a minor. I'm keeping the screenshots and reporting him to 2511 today. He's the one with the problem, not you. #counter: mme_tazi
Shall we call your parents from here? Or would you rather tell them yourself tonight? #counter: mme_tazi
* [Call them together from her office]
    Mrs Tazi called us. We're coming on Monday, all of us ❤️ #from: mama #chat: family
    Thank you for trusting her. We'll find a solution. Together. #from: papa
* [Tell them yourself tonight]
    can we talk tonight? all of us #from: me #chat: family
    Of course, my heart. I'll make tea ❤️ #from: mama
    I'll be home early. #from: papa
- You are not a nobody. You are my child. A mark doesn't change that. #counter: papa
A school counsellor listens to all kinds of problems: marks, family, and messages that make you uneasy. You can just knock on the door. #help: trusted-adult
If an adult online asks you for secrets or tries to pull you away from your family, an adult you trust can report it to 2511 (ONDE): free, 24 hours a day, 7 days a week (onde.ma). #help: helpline
Block and report accounts that pressure you, and keep screenshots. #help: report
You went to the school counsellor, and you didn't carry it alone. #ending: counsellor
-> END

=== deep_path ===
#chat: family
You left Family 🏠 #system
I knew it. you're one of us now #from: hamza #chat: hamza_dm #flag: belonging
few, but we see through the fog. that's our motto #from: hamza #flag: belonging
on saturday there's a gathering for the new ones. only the sincere #from: hamza #flag: escalation
tell your parents you're at Idir's #from: hamza #flag: secrecy #flag: isolation
and delete this chat tonight. we don't leave traces #from: hamza #flag: secrecy
* ok
    💪 #from: hamza
* lie to my parents?
    it's not lying. it's protecting the path #from: hamza #flag: secrecy
    if you're not ready, say so. but don't waste my time #from: hamza #flag: loyalty-test #flag: urgency
- -> salma_notices

=== salma_notices ===
#chat: nisrine_dm
hey. you left the family group?? #from: nisrine
{posted_image:
    and what's that lighthouse in your story? #from: nisrine
}
mama has checked her phone like 40 times #from: nisrine
I'm not angry. I'm just worried about you 🫂 #from: nisrine
* [Tell Nisrine everything]
    -> tell_salma
* leave me alone, you wouldn't understand
    ok. #from: nisrine #delay: 2
    I'm not going anywhere. I'm right here, in the next room #from: nisrine
    -> hamza_pushes

=== hamza_pushes ===
#chat: hamza_dm
people around you will start asking questions. if they ask, you lie. that's the real test #from: hamza #flag: loyalty-test #flag: secrecy
choose: them or the path. tonight #from: hamza #flag: isolation #flag: urgency
* [Screenshot it and send it to Nisrine]
    Nisrine. look at this #from: me #chat: nisrine_dm
* [Knock on Nisrine's door]
    come in 🙂 #from: nisrine #chat: nisrine_dm
- -> tell_salma

=== tell_salma ===
#chat: nisrine_dm
there's a guy. Hamza. he's been messaging me since that night #from: me
he says I'm special. he made me leave the group. and there's a "gathering" on saturday #from: me
thank you for telling me. you haven't done anything wrong #from: nisrine
and don't delete anything. we screenshot all of it, ok? #from: nisrine
He found you on your worst night. That's not a coincidence, that's how people like him work. #counter: nisrine
Leaving your family, a secret meeting, lying to mama: someone who really cares about you would never ask for that. #counter: nisrine
* [Tell Mama and Baba, with Nisrine next to you]
    ok. I'm right behind you #from: nisrine
* [Ask Nisrine to tell them first]
    ok. I'll go first, you come when you're ready #from: nisrine
- Nisrine added you to Family 🏠 #system #chat: family
❤️❤️❤️ #from: mama
Welcome back. We'll talk tonight. Calmly. No shouting, I promise. #from: papa
You are not a nobody. You are my child. A mark doesn't change that, and neither does a mistake. #counter: papa
You kept the screenshots, then blocked and reported Hamza.M #system #chat: hamza_dm
{posted_image:
    You deleted your story with the lighthouse #system
}
I've seen the screenshots. Tomorrow morning I'm calling 2511 and we're taking them to the police station. #from: papa #chat: family
A 24-year-old man who sets up a secret meeting with a teenager and tells them to lie to their parents: he's the one in the wrong, not you. He's the one the police will be asking questions. #from: papa
If someone online asks you to meet in secret or to lie to your family, tell an adult you trust straight away. #help: trusted-adult
Block and report the account, and keep screenshots: an adult you trust can take them to 2511 or the police. The adult who targeted you is the one in trouble, not you. #help: report
If you ever feel in danger right now, call the police on 19 or the Gendarmerie on 177. #help: emergency
You went far, and you came back: your sister reached out, and you let her in. #ending: sister-reached-out
-> END
