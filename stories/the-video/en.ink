// Before You Reply — scenario "The video" (the-video), English script.
// Everything is fictional: the video app "Clipo", the movement "Heads High"
// (symbol: an orange sun crossed by three lines; slogan: "the Lower Quarter holds its head high"), its leader "the Voice",
// and the invented "them": "the Heights people". No real video, no real group.
// The Lower Quarter and the Heights are two corners of one unnamed neighbourhood ("up the hill past the bakery"):
// they stand for no real city, neighbourhood or community in Morocco.
// The real problem (youth unemployment) is acknowledged; lawful protest is never a red flag.
// Zak is 19: an adult who pressures school students and tells them to keep quiet at home. The trusted adult keeps the
// evidence and reports him to 2511; he is the one in the wrong, not the student.
// Register: plain English as teens text; adults write full sentences.

VAR player_gender = "unsaid"
VAR clipo_comment = 0
VAR reached_activate = false
VAR shared = false
VAR left_group = false
VAR warned_class = false
VAR lost_younes = false
VAR told_papa = false
VAR told_adult = false
VAR checks = 0

-> soiree_classe

=== function g(girl, boy, unsaid) ===
{
- player_gender == "girl": ~ return girl
- player_gender == "boy": ~ return boy
- else: ~ return unsaid
}

// ---------------------------------------------------------------- Week 1. The class group chat
=== soiree_classe ===
#chat: classe
Tuesday, 9:10 pm #system
has anyone done maths ex 4 ?? #from: younes
nope lol gave up at part b #from: ghita
isn't it for thursday? #from: yasmine
oh yeah thursday, ok we've got time #from: younes
Good evening everyone. Reminder: history and geography presentations in three weeks, in groups of 3. Pick a social issue that matters to you. #from: berrada #typing: 3
ok miss 🙏 #from: yasmine
have you seen this?? 😡 #from: mehdi #delay: 2
24-second Clipo video: outside a job fair, security guards push young people back and someone laughs. Caption: "This is how THEY treat the young people of the Lower Quarter. No media will tell you." #from: mehdi #image: clip-video #flag: disinformation #aim: To make you angry before you even know where the video comes from
omg that's so bad 😢 #from: ghita
my brother's been looking for a job for 2 years #from: ghita
he goes to the unemployed graduates' sit-ins outside the town hall. it's declared, it's calm… but nobody listens to them 😔 #from: ghita #typing: 4
where is that anyway? #from: younes
dunno but it's everywhere, 200k views #from: mehdi
* why would they do that 😡[] is that here??
    right 😤 #from: mehdi
    go read the comments under it, everyone's talking #from: mehdi
* when was it filmed?[] there isn't even a date
    ok detective 🙄 #from: mehdi
    so you're defending the guards now? #from: mehdi
    no it's a real question #from: yasmine
    I'm not sharing anything until I know where it's from #from: yasmine
* [Open the video on Clipo]
- -> clipo_commentaires

// ---------------------------------------------------------------- The Clipo comments
=== clipo_commentaires ===
#chat: clipo
9:25 pm · Clipo · 214,000 views · 3,812 comments #system
this makes me sick 💔 #from: nour
this is what we live, us young people #from: simo
my brother sent out 50 CVs this year. 50. 😔 #from: nour
We young people from the Lower Quarter always come last. Who else is fed up? #from: zak #flag: grievance #stage: target #aim: To stir up your anger and find out who shares it
me 🙋 #from: simo
anyone got the source? the video starts in the middle #from: ines
the source is reality 😉 look it in the face #from: zak #flag: disinformation #aim: To stop you asking for proof
* I'm fed up too[]. it's the same where I live
    ~ clipo_comment = 1
    there you go 👊 finally someone who says it straight #from: zak
* does anyone know where it was filmed?
    ~ clipo_comment = 2
    lol another one asking for proof #from: simo
    doesn't matter where. for us it's the same everywhere #from: zak #flag: disinformation #aim: To have you believe the video without knowing where it was filmed
* [Like the video and close Clipo]
    Video added to your likes #system
- -> sit_in

// ---------------------------------------------------------------- Week 1. The next day, at lunch
=== sit_in ===
#chat: classe
Wednesday, 12:40pm #system
my brother saw the video last night. he didn't sleep, he was pacing his room 😔 #from: ghita
on friday at 5 the unemployed graduates are holding a sit-in outside the town hall. it's declared, there's even parents going #from: ghita
anyone coming with me? just to support him #from: ghita
* [Say yes, if your parents agree]
    I'll come if my parents say ok #from: me
    thank you 🥹 my mum's coming too, she can call yours #from: ghita
* [Say no: you don't want to get mixed up in that]
    sorry, I don't really feel ok with stuff like that #from: me
    I get it. nobody's making you 🤍 #from: ghita
* isn't a sit-in risky?
    not this one. it's declared, they stay an hour and read out their demands #from: ghita
    my brother says the risky thing is saying nothing for ten years 😅 #from: ghita
- have you seen? the video's at 300k views 🔥 #from: mehdi
people who don't share it don't care about young people #from: mehdi
I haven't shared it, and I do care #from: yasmine
* [Reply that you're waiting to know where it comes from]
    I want to know where it's from first. then I'll see #from: me
    you and your questions 🙄 #from: mehdi
* for real, something has to change
    exactly 👊 #from: mehdi
    change, yes. but with a video we know nothing about? #from: yasmine
* [Send an emoji and move on]
    😶 #from: me
- can someone explain question 4 tonight? I'll pay in chebakia 😂 #from: younes
* [Offer him a call at 8]
    8pm on voice, bring your chebakia 😂 #from: me
    deal 🤝 #from: younes
* sorry, can't tonight
    ok, I'll ask Ghita #from: younes
* send a photo of what you've done
    A blurry photo of a notebook: three lines and a tea stain #system
    lol is that all you've done?? #from: ghita
- #chat: mehdi_dm
Wednesday, 4:30pm #system
hey… are you mad at me? about the video #from: mehdi
I just wanted people to see. my cousin's struggling too #from: mehdi
* [Tell him no, you just want to check first]
    no bro, I'm not mad. I just want to know where it comes from first #from: me
    ok. you're way too careful lol. but fair enough, respect #from: mehdi
* [Tell him he was pressuring the group]
    a bit. "people who don't share don't care", that was harsh #from: me
    yeah… I went too far. sorry #from: mehdi #delay: 3
* [Send him an emoji to lighten things up]
    😅🤝 #from: me
    lol ok. we're good then #from: mehdi
- -> zak_premier_message

// ---------------------------------------------------------------- Zak messages privately (trust)
=== zak_premier_message ===
#chat: zak_dm
Wednesday, 5:40 pm · zak.truth wants to send you a message #system
hey 👋 #from: zak #stage: trust
{clipo_comment:
- 1: saw your comment. you're right not to keep quiet #from: zak #flag: flattery #aim: To flatter you to open a private conversation
- 2: saw your comment. you actually think, I can tell #from: zak #flag: flattery #aim: To make you believe he sees you as smarter than the rest
- else: saw you liked the video #from: zak
}
I'm Zak, 19, from the Lower Quarter too #from: zak
technician diploma, a year of sending CVs… zero replies 🙃 #from: zak
anyway 😅 it's good to talk to someone who gets it #from: zak
did you know that video's been taken down 3 times? 🤐 #from: zak #flag: disinformation #delay: 2 #aim: To make the video seem true because it was supposedly "hidden"
they don't want us to see it #from: zak #flag: disinformation #aim: To make you believe the truth is being kept from you
* seriously?[] who takes it down?
    the people who run everything 🙄 #from: zak #flag: disinformation #aim: To give you a vague enemy to blame for everything
    the Heights people. as usual #from: zak #flag: us-vs-them #aim: To make you resent a whole neighbourhood
* do you know exactly where it's from?
    lol you like checking stuff #from: zak
    the source is us. the media are all paid by the Heights #from: zak #flag: disinformation #flag: us-vs-them #aim: To make you trust only him, and no longer the media
* [Leave Zak on read and message Kenza]
    oh. and I thought we understood each other 🙃 #from: zak #delay: 3
    -> soiree_interlude -> kenza_verif
- -> zak_presentation

=== zak_presentation ===
#chat: zak_dm
look, I'm part of a group: Heads High 🟠 #from: zak #delay: 1
~ clipo_comment = 0
Logo: an orange sun crossed by three lines, with the words "The Lower Quarter holds its head high" #from: zak #image: reveil-logo
we're young people who are sick of being treated like nothing #from: zak #flag: grievance #aim: To make your frustration your reason to join his group
it's a disgrace, what they do to us #from: zak #flag: grievance #aim: To keep your anger going so it doesn't fade
our founder, the Voice, he tells it like it is #from: zak #flag: false-authority #aim: To make you admire a leader you don't know
journalists lie. he never does. he's the only one telling the truth #from: zak #flag: false-authority #flag: disinformation #prompt: flag #aim: To make you believe this leader over anyone else
watch his latest video: clipo.link/the-voice-truth #from: zak
-> soiree_interlude -> zak_semaines

// ---------------------------------------------------------------- Ordinary messages (no red flag)
=== soiree_interlude ===
#chat: cousin_dm
hey 👋 my mum's asking if you're coming on sunday #from: nassim
there'll be msemen 😋 #from: nassim
and shh, don't tell my mum: sunday's her birthday, we're planning a surprise 🤫🎂 #from: nassim
#chat: kenza_dm
exam tomorrow 😩 #from: kenza
pray for me 🍀 #from: kenza
->->

// ---------------------------------------------------------------- Weeks 2 and 3. Zak every evening (isolate)
=== zak_semaines ===
#chat: zak_dm
The following days #system
good luck with your test tomorrow 💪 you're the only one here I can really talk to #from: zak #flag: flattery #aim: To make you feel unique to him, closer to him than to anyone
sent you 20 dh of phone credit so you can watch the Voice's videos without worrying about data 😉 #from: zak #flag: gifts #aim: To give you a gift that ties you to him and gets you watching the leader's videos
You received 20 dh of phone credit #system
Sunday, 10:40 pm #system
you still up? 🌙 #from: zak
yeah. my dad went on at me about my grades again 🙄 #from: me
lol classic. he thinks a good maths grade gets you a job #from: zak #flag: grievance #aim: To stop you believing your father's advice and school
I got my diploma. and look where I am #from: zak
they don't get it. I get you #from: zak #flag: isolation #aim: To make you believe your family doesn't understand you, but he does
Saturday, 11:05 am · ten days later #system #chat: classe
ok for the presentation: me, Ghita and you? topic: youth unemployment 👀 #from: yasmine #stage: isolate
let's meet next saturday at the library, 3pm #from: yasmine
#chat: zak_dm
next saturday 3pm, Heads High online meeting. the Voice is speaking live 🎙️ #from: zak #flag: escalation #aim: To get you one step further: listening to the leader live
the real ones will be there. the others, we'll know #from: zak #flag: loyalty-test #aim: To make you afraid of being left out if you don't come
your presentation is just to please the teacher. they don't live what we live #from: zak #flag: isolation #aim: To make your class project and your teacher matter less than his group
* [Say yes to Yasmine]
    #chat: classe
    ok, I'll come saturday 👍 #from: me
    let's go 🙌 #from: yasmine
    #chat: zak_dm
    ok. I thought you were different 😒 #from: zak #flag: isolation #delay: 3 #aim: To make you feel guilty for not choosing him
    Zak didn't write for two days. Then: "still there? 🟠" #system
* [Tell Yasmine you can't]
    #chat: classe
    sorry I can't saturday 😕 #from: me
    oh… ok, we'll ask Mehdi then #from: yasmine #delay: 2
    Yasmine created the group "unemployment presentation 📊" with Ghita and Mehdi #system
    #chat: zak_dm
    there you go 🟠 you made the right choice #from: zak #flag: belonging #aim: To reward you so you want to stay on his side
* [Don't answer anyone for now]
    #chat: zak_dm
    where are you? I'm talking to you 👀 #from: zak #delay: 2
- with us you've got a real family. people who understand you #from: zak #flag: belonging #aim: To make his group take the place of your family
the Heights people look down on us. they're all the same #from: zak #flag: us-vs-them #prompt: flag #aim: To make you see everyone from one neighbourhood as enemies
-> zak_ce_soir

// ---------------------------------------------------------------- Week 3. Tonight (take action)
=== zak_ce_soir ===
#chat: zak_dm
Thursday, 8:05 pm · two weeks after the video #system
right. tonight we act 🟠 #from: zak #stage: activate #flag: escalation #aim: To move the group from talk to action, with you in it
~ reached_activate = true
at 9pm everyone shares the video at the same time. everywhere #from: zak #flag: urgency #aim: To make you act on time, without stopping to doubt
you put it in your class group. with our line: #from: zak #flag: escalation #aim: To have you spread their message to your classmates, under your name
"The Lower Quarter holds its head high. The Heights crush us. 🟠" #from: zak #flag: us-vs-them #aim: To have you turn your classmates against people from another neighbourhood
and saturday, Heads High gathering at the club. come, you'll see how many we are #from: zak #flag: escalation #aim: To move you from your phone to a real meeting with the group
not a word to your parents. they wouldn't get it #from: zak #flag: secrecy #flag: isolation #aim: To keep your parents in the dark, so nobody can protect you
you've got till 9pm. you're either with us or with them ⏳ #from: zak #flag: urgency #flag: us-vs-them #prompt: flag #aim: To force you to pick a side fast, as if there were only two choices
* [Share the video with Zak's line]
    -> partage
* wait[]… I want to check first
    check what? 😒 #from: zak
    are you going to believe the media, or your own people? #from: zak #flag: us-vs-them #flag: disinformation #aim: To make doubting him feel like betraying your own people
    1 hour left. the real ones don't hesitate #from: zak #flag: urgency #flag: loyalty-test #aim: To make you ashamed of hesitating
    ** [Share it anyway]
        -> partage
    ** [Message Kenza]
        -> kenza_verif
* [Ask Kenza what she thinks]
    -> kenza_verif

// ---------------------------------------------------------------- "Shared" branch
=== partage ===
#chat: classe
Clipo video: security guards push young people back outside a job fair #from: me #image: clip-video
~ shared = true
The Lower Quarter holds its head high. The Heights crush us. 🟠 #from: me
🔥🔥 #from: mehdi
"the Heights"?? that's just up the hill past the bakery 🤨 #from: younes
my grandma lives there. so my grandma's crushing you? 😐 #from: younes
uh… what's that line? #from: ghita
#chat: zak_dm
🔥 well done. you're one of us now #from: zak #flag: belonging #aim: To reward you so you do it again
I'm adding you to the group #from: zak #flag: escalation #aim: To pull you further in, into a bigger, harder group
-> groupe_reveil

=== groupe_reveil ===
#chat: reveil
zak.truth added your account to the group "Heads High · Lower Quarter 🟠" · 312 members #system
welcome 🟠🟠 #from: debout
forwarded · 🎙️ the Voice: "The media lie to you. I tell you the truth." #from: debout #flag: false-authority #flag: disinformation #aim: To make you believe the leader and nobody else
A meme: a rat in a tie, labelled "the Heights people" #from: soleil #image: rat-meme #flag: us-vs-them #aim: To make some people seem less than human to you
lol so true #from: debout
saturday there'll be hundreds of us #from: soleil #flag: escalation #aim: To make it look like everyone is going, so you follow
those who don't come, we'll know whose side they're on #from: soleil #flag: us-vs-them #flag: loyalty-test #aim: To scare you: not coming would mean betrayal
* uh, the rat's a bit much no?
    it's a joke lol relax #from: soleil #flag: us-vs-them #aim: To stop you saying the picture is hateful
    here we say what others don't dare to #from: debout #flag: false-authority #aim: To make you believe this group is brave and alone in telling the truth
* [Say nothing and go back to the class group]
* [Leave the Heads High · Lower Quarter group]
    ~ left_group = true
    You left the group "Heads High · Lower Quarter 🟠" #system
- -> correction_classe

=== correction_classe ===
#chat: classe
Friday, 7:40 am #system
guys 🙋‍♀️ I took a screenshot of the video and did a reverse image search #from: yasmine
Search result: the same image, in a 2016 news report filmed in another country #from: yasmine #image: reverse-search
in the long version the guards close the doors because it's too crowded, and 2 min later they open them and everyone goes in #from: yasmine #typing: 4
and the laugh isn't in the original. someone added it #from: yasmine
I'm not saying it to call you out. I nearly shared it too. It's just that this video lies. #counter: yasmine
what?? 😳 I sent it to my whole family #from: mehdi
Good morning. Thank you Yasmine for checking. No shame for those who shared it: these videos are made for that, even adults fall for them. #from: berrada #typing: 4
* sorry everyone[], I didn't know. and Younes, that line about the Heights was rubbish
    ~ lost_younes = false
    lol scared of the teacher or what #from: mehdi
    You deleted your message #system
    thanks. it still hurt though. but thanks 🤝 #from: younes #delay: 2
* but young people really are struggling[], that part's true!
    Absolutely. The problem is real. It's the video that's fake, and the people using it. #from: berrada
    my brother could talk about it for hours 😔 #from: ghita
    and my grandma has nothing to do with it #from: younes
    ~ lost_younes = false
    You deleted your message #system
    true. sorry Younes #from: me
* [Delete the message without a word]
    ~ lost_younes = true
    You deleted your message #system
    you deleted it? I'll do the same 😅 #from: mehdi
    not even a sorry. ok. #from: younes #delay: 3
- Drawing people as enemies is the old trap: it makes you forget they're neighbours, grandmothers, classmates. #counter: berrada
-> zak_colere

=== zak_colere ===
#chat: zak_dm
why did you delete it?? they turned your head in 5 min 😤 #from: zak #flag: isolation #delay: 2 #aim: To make you believe the people who helped you were manipulating you
your class, your teacher: all on the Heights' side #from: zak #flag: us-vs-them #flag: isolation #aim: To make you stop trusting your class and your teacher
only we tell you the truth. we're still expecting you saturday #from: zak #flag: false-authority #flag: escalation #aim: To pull you back to the group and Saturday's meeting
* [Take screenshots, then block and report zak.truth]
* your video's from 2016[]. you lied to us
    so what? what it shows is true anyway #from: zak #flag: disinformation #aim: To keep you believing the video, even after proof it is false
    {left_group:I'm blocking you.|I'm leaving your group and blocking you.} #from: me
- You blocked and reported zak.truth #system
{ not left_group:
    You left the group "Heads High · Lower Quarter 🟠" #system
}
To report an account: open their profile, tap ⋯ then "Report". Take screenshots before you block, and show them to an adult you trust. #help: report
-> parler_adulte

// ---------------------------------------------------------------- "Check with Kenza" branch
=== kenza_verif ===
#chat: kenza_dm
{reached_activate:you there? it's kind of urgent|good luck tomorrow 🍀 got 2 min?} #from: me
~ clipo_comment = 0
~ checks = 0
{reached_activate:I'm revising, but for you I've got 5 min|for you I've got 5 min, go on} #from: kenza
that video going round, with the guards at the job fair #from: me
{reached_activate: there's this guy, Zak, who wants me to share it tonight at 9|there's a guy on Clipo messaging me because of it} #from: me
oh, that one 😅 it's even reached my uni #from: kenza
he says it's been taken down 3 times. that "they" don't want us to see it #from: me
taken down 3 times, and 200,000 views? lol for a hidden video it's doing fine #from: kenza
let's do it like in journalism class: who posted it, when, where. where do you start? #from: kenza
- (verif)
* (v_qui) who posted it?
    tap the account that uploaded it #from: kenza
    @lowerquarter_truth_24. created 3 days ago. no name, no photo #from: me
    a brand-new anonymous account that only posts anger: first red flag 🚩 #from: kenza
* (v_quand) when is it from?
    take a screenshot, then do a reverse image search: it shows you where the image has appeared before #from: kenza
    Search result: the same image, in a 2016 news report #from: kenza #image: reverse-search
    2016 😳 #from: me
* (v_ou) where was it filmed?
    pause at 0:12, look at the signs behind #from: kenza
    they're in another language 😳 #from: me
    it's not even our country #from: kenza
* {checks == 1} [Let Kenza look for the rest]
    you go, you're faster 😅 #from: me
- ~ checks++
{ checks == 1:
    nice 👌 check something else? #from: kenza
    -> verif
}
~ checks = 0
found the full report 👇 #from: kenza #delay: 2
Screenshot of the original report: 3 minutes, 2016, another country. Too many people outside a job fair; the doors close, then open again. #from: kenza #image: original-report
and the laugh? it's not in the original. someone added it #from: kenza
So: an old video, filmed somewhere else, cut, with a fake sound. And a 3-day-old anonymous account to post it. #counter: kenza
but Ghita's brother really has been looking for a job for 2 years #from: me
I know. half my uni friends are scared of the same thing #from: kenza
Your anger about youth unemployment isn't fake. Someone's using it, that's all. #counter: kenza
Mehdi shared it in your class group. if you say it in front of everyone he'll feel stupid #from: kenza
* [Warn the whole class group]
    -> prevenir_classe
* [Say nothing, just don't share it]
    your call. if one day you want to tell them, you've got all the proof #from: kenza
    -> zak_relance

=== prevenir_classe ===
#chat: classe
~ warned_class = true
guys, the video with the guards: it's from 2016 and it wasn't even filmed here #from: me
it's cut, and the laugh was added. my sister found the original #from: me
thanks for calling me out in front of everyone 🙄 #from: mehdi
I found the same with a reverse search 👍 #from: yasmine
Thank you for checking before sharing. And to those who shared it: no shame, these videos are made to fool everyone. #from: berrada #typing: 4
ok… I'm deleting it and telling my family #from: mehdi
-> zak_relance

=== zak_relance ===
#chat: kenza_dm
and that guy on Clipo: someone who rushes you and never gives sources isn't a friend #from: kenza #typing: 4
take screenshots. then you can block and report him #from: kenza
{ reached_activate:
    so? 9pm's coming ⏳ #chat: zak_dm #from: zak #flag: urgency #delay: 2 #aim: To rush you into sharing without thinking
    and saturday at the club, you're coming. not a word at home #from: zak #flag: secrecy #flag: escalation #aim: To get you to the meeting without your family knowing
- else:
    Two weeks later · Saturday, 3:20 pm #system #chat: zak_dm
    where are you? you stopped answering 🙁 #from: zak
    You received 20 dh of phone credit from zak.truth #system
    a gift 😉 you owe me an answer now #from: zak #flag: gifts #aim: To make his gift force you to answer
    there's a group of young people like us. next saturday we're all meeting at the club #from: zak #flag: belonging #flag: escalation #aim: To get you to meet the group in person by promising friends
    and no need to talk about it at home. they wouldn't get it #from: zak #flag: isolation #flag: secrecy #aim: To keep your family from knowing, so they can't help you
}
* [Take screenshots, then block and report zak.truth]
* your video's from 2016[]. it's not even here
    so what? what it shows is true anyway #from: zak #flag: disinformation #aim: To keep you believing the video, even after proof it is false
    they turned your head. you're one of them now #from: zak #flag: us-vs-them #aim: To shame you for thinking for yourself, and treat you as an enemy
    I'm blocking you. #from: me
- You blocked and reported zak.truth #system
To report an account: open their profile, tap ⋯ then "Report". Take screenshots before you block, and show them to an adult you trust. #help: report
-> parler_adulte

// ---------------------------------------------------------------- Telling an adult (the first one may react badly)
=== parler_adulte ===
#chat: zak_dm
The next day, 7:10 pm · a new account, zak.v2, messages you #system
you think blocking is enough? lol #from: zak #flag: escalation #aim: To scare you so you don't dare cut contact
we're expecting you at the club. and if your parents find out, you're the one in trouble, not me #from: zak #flag: secrecy #flag: isolation #prompt: flag #aim: To make you believe you would be the one in trouble, so you stay quiet
#chat: kenza_dm
he messaged you again?? from another account? #from: kenza
a 19-year-old telling school kids to hide things from their parents, that's not about a video anymore. you have to tell an adult #from: kenza #typing: 4
but then I have to tell everything. {shared:that I shared his line|{reached_activate:that I talked to him for weeks|that he's been writing to me for weeks}} 😞 #from: me
* [Show Dad the screenshots tonight]
    -> papa_reagit
* [Wait till Monday and show Mrs Berrada the screenshots]
    -> escalade
* [Block zak.v2 and tell no one]
    You blocked zak.v2 #system
    really? he's the one in the wrong, not you #from: kenza
    If someone pressures you online, talk to an adult you trust: a parent, a teacher, your school's listening unit. #help: trusted-adult
    ** [Ok. Monday, we go to Mrs Berrada]
        ok. I'll come with you if you want #from: kenza
        -> escalade
    ** [No. I just want to forget all this]
        ok. it's your call #from: kenza
        I'm keeping the screenshots you sent me. if he writes again, we go together, promise 🤍 #from: kenza
        but if he mentions the club again, I'm telling Mum and Dad. that one I can't keep to myself #from: kenza
        -> ftour_famille

=== papa_reagit ===
#chat: papa_dm
~ told_papa = true
Dad, can I show you something? there's a guy on Clipo pressuring me #from: me
Screenshots: the messages from zak.truth and zak.v2 #from: me #image: zak-screenshots
This phone again! I've told you a hundred times: you spend your evenings on it instead of studying. #from: papa #typing: 4
Give me that phone when I get home. You'll have it back on Monday. And I don't want to hear about this business again. #from: papa
but Dad, it's not me who… #from: me
Enough. We're not talking about it any more. #from: papa
Dad kept your phone until Monday #system
Monday, 7:30 am · Dad gave your phone back without a word #system #chat: kenza_dm
he didn't even want to listen 😞 #from: me
he got scared, and with him fear comes out as anger. it doesn't mean you were wrong to tell him #from: kenza
If the first adult reacts badly, it's not your fault: try another adult you trust, a teacher, a counsellor, the school's listening unit. #help: trusted-adult
shall we go see Mrs Berrada at lunch? with the screenshots #from: kenza
* ok[]. will you come with me?
    of course 🤍 #from: kenza
* [Go without Kenza, with the screenshots]
- -> escalade

=== escalade ===
#chat: kenza_dm
Monday, 12:30 pm · at school, in the listening unit's room, you show Mrs Berrada the screenshots #system
~ told_adult = true
Thank you for telling me. I'm keeping a copy of these screenshots. With your parents, we'll report this account to 2511, the ONDE line that protects children. #counter: berrada
It's not you who did wrong. It's him: an adult who pressures school students, pushes them towards a gathering and tells them to lie to their parents. #counter: berrada
12:50 pm · in the playground #system
she's keeping the screenshots. she's calling Dad, and 2511 with them #from: me
but I {shared:shared his line in the group|{reached_activate:answered him for weeks|said nothing for two weeks}} 😞 #from: me
and you stopped, and you spoke up. that's what counts 🤍 #from: kenza
and if he talks about a gathering again, it's straight to the police: 19 #from: kenza
If an adult online keeps on at you, pressures you or scares you, an adult you trust can report it to 2511 (ONDE): free, 24 hours a day, 7 days a week (onde.ma). #help: helpline
#chat: papa_dm
Mrs Berrada called me. #from: papa #delay: 2
{told_papa:I shouted because I was scared. You were right to tell me. I'm sorry.|You could have come to me, you know. But you did well to speak up.} #from: papa #typing: 4
Tonight we look at it together, your mum, you and me. #from: papa
* thanks Dad 🤍
* [Send him the screenshots]
    Screenshots: the messages from zak.truth and zak.v2 #from: me #image: zak-screenshots
    Got them. #from: papa
- -> ftour_famille

// ---------------------------------------------------------------- A Sunday in Ramadan, after iftar at your aunt's
=== ftour_famille ===
#chat: cousin_dm
Sunday, 7:35pm · after iftar at your aunt's #system
have you seen the family group?? 😬 #from: nassim
my dad shared the security guards video. with "shame on them" and three flags #from: nassim
and my aunt replied "share it as much as you can" 💀 #from: nassim
* [Message your uncle privately, politely, with the proof]
    You write to your uncle: "Uncle, the video is from 2016 and it was filmed somewhere else. Here's the original report." #system
    Your uncle replied: "God bless you. I'll take it down." #system
    seriously? he said that to you?? he never listens to me 😂 #from: nassim
* [Post the proof in the family group]
    You sent the original report to the group "Family 🌙" #system
    Your uncle replied in the group: "Since when do children correct their elders?" #system
    ouch 😬 but my aunt deleted her message. she checked, she saw you were right #from: nassim
* [Let it go: he's your uncle]
    I don't dare either 😅 #from: nassim
    but my grandma already forwarded it to all her neighbours 💀 #from: nassim
- by the way… some zak.vérité has been messaging me on Clipo for two days #from: nassim #delay: 2
he says I'm the only one who gets him 😅 do you know him? #from: nassim
* [Tell him what Zak wrote to you, even if you're a bit ashamed]
    he said the same line to me. word for word #from: me
    {shared:and I even shared his slogan in my class. I regretted it|and he messaged me for days, with gifts} #from: me
    for real?? so he says that to everyone 😶 #from: nassim
* [Tell him to take screenshots and stop answering]
    screenshot everything. and stop answering #from: me
    ok… but why? he's nice #from: nassim
    that's how he starts #from: me
* block him now, he's weird
    block… ok. but he won't just let me go like that, will he? #from: nassim
- should we tell my dad? he's going to panic 😬 #from: nassim
* [Go together tonight, with the screenshots]
    ok. after tarawih, when he's calm 😅 #from: nassim
* [Suggest talking {told_adult:to Mrs Berrada, who already knows the story|to Kenza first}]
    {told_adult:she already knows? ok, can you ask her what I should do?|Kenza? she's so good at this, ok} #from: nassim
* [Let him choose]
    it's up to you. but don't keep it to yourself #from: me
    ok… I'll think about it 😕 #from: nassim
- #chat: kenza_dm
Sunday, 8:40pm #system
you've seemed far away since iftar. you ok? #from: kenza
* [Tell her you're scared Zak will come back]
    I'm scared he'll come back with another account. or write to others, like Nassim #from: me
    if he comes back, we do the same: screenshots, and we show an adult. you're not alone #from: kenza
* [Tell her you're a bit ashamed you believed it at first]
    I'm ashamed. at first I believed his video #from: me
    I believed it for two minutes too 😅 those videos are made for that. you're not the problem #from: kenza
* I'm ok, just tired
    ok. if you're not ok, you know where my room is 🤍 #from: kenza
- #chat: cousin_dm
tarawih starts in 10 min. coming with us? #from: nassim
* [Go with Nassim and your uncle]
    coming, wait for me at the door #from: me
    let's go 🏃 #from: nassim
* [Stay and help your aunt tidy up]
    I'm staying to help my aunt, there's thirty tea glasses to wash 😅 #from: me
    you're a saint lol. she'll give you all the leftover chebakia #from: nassim
- -> que_faire

// ---------------------------------------------------------------- And the anger, what do we do with it?
=== que_faire ===
#chat: kenza_dm
and your anger about jobs, keep it ok #from: kenza
it's fair. it just needs to go to the right place #from: kenza
* [Ask Mrs Berrada how to act for real]
    -> agir
* [Leave it there]
    { shared && lost_younes:
        -> fin_younes
    }
    { shared:
        -> fin_corrige
    - else:
        -> fin_verifie
    }

// ---------------------------------------------------------------- Endings
=== fin_verifie ===
#chat: classe
Monday, 7:55 am #system
good morning everyone. presentations on Thursday, and don't forget your sources 🙂 #from: berrada
sources? ask our Clipo detective 😏 #from: mehdi
lmaooo 🕵️ #from: younes
* [Answer with a joke, without backing down]
    lol yes that's me. the video's from 2016 and filmed somewhere else. check it, takes two minutes #from: me
    ok ok, respect detective 🙌 #from: younes
    fine… u were right. my cousin shared it everywhere, he's so embarrassed 😅 #from: mehdi
* [Don't answer, even if it stings]
    Seen by 24 people #system
    mehdi having a go at u in the group? leave it. he shared it on saturday, he's just embarrassed 😅 #from: kenza #chat: kenza_dm
    it still stings #from: me
* [Message Mehdi privately]
    why r u having a go at me in front of everyone? #from: me #chat: mehdi_dm
    sorry, it was a joke 😅 #from: mehdi
    honestly i shared it on saturday and my dad told me it was fake. i felt so stupid #from: mehdi
    don't worry, i believed it at first too #from: me
- Tuesday, 9:10 pm #system #chat: cousin_dm
in the end i showed my dad everything, with the screenshots #from: nassim
he blocked zak, kept the screenshots and called 2511. he says zak's the one in trouble, not me 😮‍💨 #from: nassim
thanks for not telling anyone before i was ready #from: nassim
Tuesday, 10:30 pm #system #chat: kenza_dm
proud of you 🧡 #from: kenza
right, back to revising 😩 #from: kenza
and you, is maths ex 4 done? 😏 #from: kenza
Checking before sharing doesn't mean you don't care. It means you won't let anyone use your anger. #counter: kenza
If a video or a message makes you angry or scared, talk to an adult you trust: a parent, a teacher, your school counsellor. #help: trusted-adult
You checked before sharing{warned_class:, and you warned your class}. The fake video stopped with you. #ending: checked-first
-> END

=== fin_corrige ===
#chat: classe
night everyone 🌙 #from: yasmine
night 😴 #from: ghita
Sharing a fake video happens to everyone. Correcting it in front of everyone is rarer, and it takes courage. #counter: berrada
If a friend shares fake news, do what Yasmine did: check, show the proof, without shaming them. #help: support-friend
You shared, then you corrected it in front of everyone and reported the account. Repairing counts too. #ending: shared-then-corrected
-> END

=== fin_younes ===
#chat: classe
Two weeks later #system
Younes doesn't answer you any more. At break, he stays with the others #system
he's still hurt about his grandma. give him time #from: ghita
and a sorry, even late, still counts #from: ghita
A line shared in two seconds can hurt someone for a long time. Saying sorry, even late, is still possible. #counter: berrada
If a friend shares fake news, do what Yasmine did: check, show the proof, without shaming them. #help: support-friend
You stopped sharing and reported the account, but Younes drifted away. There's still time to write to him. #ending: lost-a-friend
-> END

=== agir ===
#chat: classe
Tuesday, 6:00 pm #system
Miss, for the presentation, can we do youth unemployment in our neighbourhood? with real numbers #from: me
lol look at the Minister of Jobs over here 😂 #from: mehdi
Excellent idea. Look up the official figures, and interview people: a neighbour, a shopkeeper… Ghita's brother, perhaps? #from: berrada #typing: 4
he'll be so happy someone's finally listening 🥹 #from: ghita
{lost_younes:Younes said no. he doesn't really talk to me any more|can we ask Younes too?} #from: me
Being angry about an injustice is healthy. What matters is what you do with it: evidence, allies, lawful means. #counter: berrada
On Thursday, a youth association from the neighbourhood is coming to the citizenship club. #from: berrada
Thursday, 4:30 pm · at the citizenship club #system
I spent two years in Heads High. At the start it was "we're a family". #counter: soufiane
By the end, we spent our evenings insulting people we didn't even know. Jobs? Heads High never found one for anybody. #counter: soufiane
and you, what did you get done? #from: me #chat: classe
CV workshops, and a meeting with elected officials. It's slow, but it's real. #counter: soufiane
Saturday, public meeting at the youth centre with two elected officials, on youth employment. Open to all, parents welcome 🙂 #from: berrada #typing: 4
shall we all go together? 🙋‍♀️ #from: yasmine
* Miss, isn't that a bit like the Heads High gathering?
    Good question. Here, you know who is organising, it's in a public place, your parents are invited, and nobody is rushing you. #from: berrada #typing: 4
    And nobody is treated as an enemy. Meeting within the law is a right. #from: berrada
    ok, I'm coming 🙌 #from: me
* I'm coming[!] and I'll prepare my questions for the officials
    let's go 🙌 #from: yasmine
* I'll ask my parents to come with me
    great, my mum's coming too 😄 #from: yasmine
- Your anger says something true. You have the right to make it heard: with facts, with others, within the law. #counter: soufiane
When something weighs on you, talk to an adult you trust: a parent, a teacher, your school counsellor. To start: "I saw something online, can I talk to you about it?" #help: trusted-adult
Your anger was fair. You turned it into lawful, useful action, with others. #ending: anger-into-action
-> END
