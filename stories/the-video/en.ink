// Before You Reply — scenario "The video" (the-video), English script.
// Everything is fictional: the video app "Clipo", the movement "Heads High"
// (symbol: an orange sun crossed by three lines; slogan: "the Lower Quarter holds its head high"), its leader "the Voice",
// and the invented "them": "the Heights people". No real video, no real group.
// The Lower Quarter and the Heights are two corners of one unnamed neighbourhood ("up the hill past the bakery"):
// they stand for no real town, neighbourhood or community in Morocco.
// The real problem (youth unemployment) is acknowledged; lawful protest is never a red flag.

VAR clipo_comment = 0
VAR reached_activate = false
VAR shared = false
VAR left_group = false
VAR warned_class = false
VAR checks = 0

-> soiree_classe

// ---------------------------------------------------------------- 1. The class group chat
=== soiree_classe ===
#chat: classe
anyone done maths ex 4 ?? #from: younes
nope lol I gave up at part b #from: ghita
isn't it due thursday? #from: yasmine
yeah thursday chill #from: younes
Younes send me a pic when you're done? 👀 #from: ghita
no way. last time you copied my mistakes 😂 #from: younes
Good evening everyone. Quick reminder: history and geography presentations on Tuesday, groups of 3. Have a nice evening! #from: berrada #typing: 3
thank you miss 🙏 #from: yasmine
Miss, can we choose the topic? #from: ghita
Yes: any social issue that matters to you. Send me your ideas before Friday. #from: berrada #typing: 3
yo have you seen this?? 😡 #from: mehdi #delay: 2
24-second Clipo video: outside a job fair, security guards push young people back and someone laughs. Caption: "This is how THEY treat the young people of the Lower Quarter. No media will talk about it." #from: mehdi #image: clip-video #flag: disinformation
that's awful 😢 #from: ghita
my brother's been looking for a job for 2 years #from: ghita
he goes to the unemployed graduates' sit-ins outside the town hall. it's all declared, all calm… but nobody listens to them 😔 #from: ghita #typing: 4
where is that anyway? #from: younes
dunno but it's everywhere, 200k views #from: mehdi
* this makes me so mad 😡[] is that here??
    same 😤 #from: mehdi
    go read the comments under the video #from: mehdi
* when was it filmed?[] there's not even a date
    good question 👀 #from: yasmine
    I'm not sharing anything till I know where it's from #from: yasmine
* [Open the video on Clipo]
- -> clipo_commentaires

// ---------------------------------------------------------------- 2. The Clipo comments
=== clipo_commentaires ===
#chat: clipo
Clipo · 214,000 views · 3,812 comments #system
this makes me sick 💔 #from: nour
this is what we live with, us young people #from: simo
my brother sent out 50 CVs this year. 50. 😔 #from: nour
We young people of the Lower Quarter always come last. Who else is sick of it? #from: zak #flag: grievance #stage: target
me 🙋 #from: simo
anyone got the source? the video starts in the middle #from: ines
the source is reality 😉 face it #from: zak #flag: disinformation
* I'm sick of it too[]. same where I live
    ~ clipo_comment = 1
    there you go 👊 finally someone who says it straight #from: zak
* anyone know where this was filmed?
    ~ clipo_comment = 2
    wondering that too #from: ines
    doesn't matter where. it's the same everywhere for us #from: zak #flag: disinformation
* [Like the video and close Clipo]
    You liked the video #system
- -> zak_premier_message

// ---------------------------------------------------------------- 3. Zak messages privately (trust)
=== zak_premier_message ===
#chat: zak_dm
zak.truth wants to send you a message #system
hey 👋 #from: zak #stage: trust
{clipo_comment:
- 1: saw your comment. you're right not to stay quiet #from: zak #flag: flattery
- 2: saw your comment. you actually think things through, I can tell #from: zak #flag: flattery
- else: saw you liked the video #from: zak
}
I'm Zak, 19, from the Lower Quarter too #from: zak
technician diploma, a year of sending CVs… zero replies 🙃 #from: zak
I even did an internship. "we'll call you". still waiting 😂 #from: zak
anyway 😅 feels good to talk to someone who gets it #from: zak
did you know that video's been taken down 3 times? 🤐 #from: zak #flag: disinformation #delay: 2
they don't want us to see it #from: zak #flag: disinformation
* seriously?[] who's taking it down?
    the ones who control everything 🙄 #from: zak #flag: disinformation
    the Heights people. as usual #from: zak #flag: us-vs-them
* do you know where it's from exactly?
    😂 you like checking stuff huh #from: zak
    the source is us. the media are all paid by the Heights #from: zak #flag: disinformation #flag: us-vs-them
* [Don't reply, message Kenza instead]
    -> soiree_interlude -> kenza_verif
- -> zak_presentation

=== zak_presentation ===
#chat: zak_dm
look, I'm part of a group: Heads High 🟠 #from: zak #delay: 1
~ clipo_comment = 0
Logo: an orange sun crossed by three lines, with the words "The Lower Quarter holds its head high" #from: zak #image: reveil-logo
we're just young people sick of being treated like nothing #from: zak #flag: grievance
what they do to us is a disgrace #from: zak #flag: grievance
our founder, the Voice, he tells it like it is #from: zak #flag: false-authority
journalists lie. he never does. he's the only one who tells the truth #from: zak #flag: false-authority #flag: disinformation #prompt: flag
watch his latest video: clipo.link/the-voice-truth #from: zak
-> soiree_interlude -> zak_isolement

// ---------------------------------------------------------------- Ordinary messages (no red flag)
=== soiree_interlude ===
#chat: cousin_dm
hiii 👋 my mum's asking if you're all coming on sunday #from: nassim
there'll be msemen 😋 #from: nassim
and shh, don't tell my mum: sunday's her birthday, we're planning a surprise 🤫🎂 #from: nassim
and get ready, I'm beating you 3-0 at Goal Rush 😂 #from: nassim
#chat: kenza_dm
exam tomorrow 😩 #from: kenza
wish me luck 🍀 #from: kenza
->->

// ---------------------------------------------------------------- 4. Zak pulls you away from others (isolate)
=== zak_isolement ===
#chat: zak_dm
did you watch the Voice's video? 🔥 #from: zak
and your class, what do they think? #from: zak #stage: isolate
* they're asking questions[], they don't know where it's from
    questions 🙄 that's how they keep your head down #from: zak #flag: isolation
* most of them don't care
    course not. they keep their heads down. you hold yours up #from: zak #flag: belonging
* [Check the class group first]
    #chat: classe
    anyone found where the video's from? I'm trying a reverse search #from: yasmine
    lol Yasmine the detective 🕵️‍♀️ #from: ghita
    let us know 👀 #from: younes
    #chat: zak_dm
    where'd you go? 👀 #from: zak #delay: 2
- your class, your teachers, they'll all say "check your sources" 😂 #from: zak #flag: isolation
but they don't live what we live #from: zak #flag: isolation
with us you've got a real family. people who get you #from: zak #flag: belonging
the Heights people look down on us. they're all the same #from: zak #flag: us-vs-them #prompt: flag
-> zak_ce_soir

// ---------------------------------------------------------------- 5. Tonight (take action)
=== zak_ce_soir ===
#chat: zak_dm
ok. tonight we take action 🟠 #from: zak #stage: activate #flag: escalation #delay: 2
~ reached_activate = true
at 9pm everyone shares the video at the same time. everywhere #from: zak #flag: urgency
you post it in your class group. with our line: #from: zak #flag: escalation
"The Lower Quarter holds its head high. The Heights crush us. 🟠" #from: zak #flag: us-vs-them
and saturday there's a big Heads High gathering. come, you'll see how many we are #from: zak #flag: escalation
you've got till 9pm. you're either with us or with them ⏳ #from: zak #flag: urgency #flag: us-vs-them #prompt: flag
* [Share the video with Zak's line]
    -> partage
* wait[]… I want to check first
    check what? 😒 #from: zak
    you gonna believe the media, or your own people? #from: zak #flag: us-vs-them #flag: disinformation
    one hour left. the real ones don't hesitate #from: zak #flag: urgency #flag: loyalty-test
    ** [Share it anyway]
        -> partage
    ** [Message Kenza]
        -> kenza_verif
* [Ask Kenza what she thinks]
    -> kenza_verif

// ---------------------------------------------------------------- 6a. The "shared" branch
=== partage ===
#chat: classe
Clipo video: security guards push young people back outside a job fair #from: me #image: clip-video
~ shared = true
The Lower Quarter holds its head high. The Heights crush us. 🟠 #from: me
🔥🔥 #from: mehdi
"the Heights"?? that's just up the hill past the bakery 🤨 #from: younes
my grandma lives there 😐 #from: younes
um… what's that line about? #from: ghita
#chat: zak_dm
🔥 nice. you're one of us now #from: zak #flag: belonging
I'm adding you to the group #from: zak #flag: escalation
-> groupe_reveil

=== groupe_reveil ===
#chat: reveil
zak.truth added your account to the group "Heads High · Lower Quarter 🟠" · 312 members #system
welcome 🟠🟠 #from: debout
forwarded · 🎙️ the Voice: "The media lie to you. I tell you the truth." #from: debout #flag: false-authority #flag: disinformation
A meme: a rat in a tie, labelled "the Heights people" #from: soleil #image: rat-meme #flag: us-vs-them
😂😂 so true #from: debout
saturday there'll be hundreds of us #from: soleil #flag: escalation
whoever doesn't come, we'll know whose side they're on #from: soleil #flag: us-vs-them #flag: loyalty-test
* um, the rat thing is too much, no?
    it's a joke 😂 relax #from: soleil #flag: us-vs-them
    here we say what others don't dare to #from: debout #flag: false-authority
* [Say nothing and go back to the class group]
* [Leave the Heads High · Lower Quarter group]
    ~ left_group = true
    You left the group "Heads High · Lower Quarter 🟠" #system
- -> correction_classe

=== correction_classe ===
#chat: classe
um guys 🙋‍♀️ I took a screenshot of the video and did a reverse image search #from: yasmine #delay: 2
Search result: the same image, in a 2016 news report filmed in another country #from: yasmine #image: reverse-search
in the long version the guards close the doors because there are too many people, and 2 min later they open them again and everyone goes in #from: yasmine #typing: 4
and the laugh isn't in the original. someone added it #from: yasmine
I'm not saying this to call you out. I almost shared it too. It's just that this video lies. #counter: yasmine
what?? 😳 I sent it to my whole family #from: mehdi
Good evening. Well done Yasmine for checking 👏 #from: berrada
No shame for anyone who shared it: these videos are made for that, even adults fall for them. #counter: berrada
I understand the anger about jobs for young people. But blaming a whole group of people is exactly the trap these videos set. #counter: berrada
* oh no…[] sorry everyone, I didn't know
    don't worry, it happens 🤗 #from: ghita
    ❤️ #from: yasmine
    You deleted your message #system
* but young people struggling[], that part is real!
    Absolutely. The problem is real. It's the video that's fake, and the people using it. #from: berrada
    my brother could talk about it for hours 😔 #from: ghita
    You deleted your message #system
* [Delete the message without a word]
    You deleted your message #system
    you deleted it? me too 😅 #from: mehdi
    but we should tell the others it's fake, right? #from: mehdi
- FYI: the video is from 2016, it's cut, and it's not even here. Please stop sharing it 🙏 #from: me
and that line about the Heights was rubbish. sorry Younes #from: me
thanks 🤝 no worries #from: younes
my grandma is literally the kindest person alive. she'd feed the whole class if she could 😄 #from: younes #typing: 3
I'll tell my family #from: mehdi
and there was a group too, with a meme drawing the Heights people as rats 😶 #from: me
Thank you for telling us. Drawing people as animals is an old trap: it makes you forget they're neighbours, grandmothers, classmates. #counter: berrada
-> zak_colere

=== zak_colere ===
#chat: zak_dm
why did you delete it?? they turned your head in 5 minutes 😤 #from: zak #flag: isolation #delay: 2
your class, your teacher: they're all with the Heights #from: zak #flag: us-vs-them #flag: isolation
we're the only ones telling you the truth #from: zak #flag: false-authority
Heads High needs you. don't let us down #from: zak #flag: belonging
* [Block and report zak.truth]
* your video is from 2016[]. you lied to us
    so what? what it shows is still true #from: zak #flag: disinformation
    {left_group:I'm blocking you.|I'm leaving your group and blocking you.} #from: me
- You blocked and reported zak.truth #system
{ not left_group:
    You left the group "Heads High · Lower Quarter 🟠" #system
}
To report an account: open its profile, tap ⋯ then "Report". Take screenshots before you block, and show them to an adult you trust. #help: report
-> que_faire

// ---------------------------------------------------------------- 6b. The "check with Kenza" branch
=== kenza_verif ===
#chat: kenza_dm
good luck tomorrow 🍀 #from: me
and sorry, got 2 min? can I show you something? #from: me
~ clipo_comment = 0
~ checks = 0
I'm revising, but for you I've got 5 min 😘 #from: kenza
the video going round, with the guards at the job fair #from: me
{reached_activate: there's this guy, Zak, who wants me to share it tonight at 9|there's a guy on Clipo messaging me because of it} #from: me
ah, that one 😅 it's even reached my uni #from: kenza
and what's this guy telling you? #from: kenza
that the video got taken down 3 times. that "they" don't want us to see it #from: me
taken down 3 times, with 200k views? 😅 for a hidden video it's doing pretty well #from: kenza
"they don't want you to see this" is an old trick. it just makes you want to share it more #from: kenza
ok. let's look at the video together first, then we'll get back to that guy 👍 #from: kenza
let's do it like in journalism class: who posted it, when, where. where do you want to start? #from: kenza
- (verif)
* (v_qui) who posted it?
    click on the account that uploaded it #from: kenza
    it's @lowerquarter_truth_24. created 3 days ago #from: me
    and what else does it post? #from: kenza
    only videos that make you angry. no name, no photo #from: me
    a brand-new anonymous account that only posts anger: first warning sign 🚩 #from: kenza
* (v_quand) when is it from?
    take a screenshot of the video #from: kenza
    then do a reverse image search: you upload the picture and it shows you where it's appeared before #from: kenza
    Search result: the same image, in a news report from 2016 #from: kenza #image: reverse-search
    2016 😳 #from: me
    yep. an old video brought back as if it happened yesterday #from: kenza
* (v_ou) where was it filmed?
    pause it at 0:12 #from: kenza
    look at the signs in the background #from: kenza
    they're in another language 😳 #from: me
    and the police cars aren't our colours #from: kenza
    that's not our neighbourhood. it's not even our country #from: kenza
* {checks == 1} [Let Kenza look at the rest]
    go on, you're faster than me 😅 #from: me
- ~ checks++
{ checks == 1:
    nice 👌 want to check something else? #from: kenza
    -> verif
}
~ checks = 0
I checked the rest meanwhile, and found the full report 👇 #from: kenza #delay: 2
Screenshot of the original report: 3 minutes, 2016, in another country. Too many people outside a job fair; the doors close, then open again. #from: kenza #image: original-report
2 min later they open the doors and everyone goes in #from: kenza
and the laugh? it's not in the original. someone added it #from: kenza
So: an old video, filmed somewhere else, cut, with fake sound. And a 3-day-old anonymous account to post it. #counter: kenza
and you, you ok? 🫶 #from: kenza
yeah… it's just a girl in my class, her brother's been looking for work for 2 years #from: me
I know. half my friends at uni are scared of the same thing once they graduate #from: kenza
But your anger about young people not finding jobs isn't fake. That part is real. Someone's just using it. #counter: kenza
* [Warn the class group]
    -> prevenir_classe
* [Just don't share it]
    that's already a lot 👍 #from: kenza
    if you ever want to tell them, you've got all the proof #from: kenza
    -> zak_relance

=== prevenir_classe ===
#chat: classe
~ warned_class = true
guys, the video with the guards: it's from 2016 and it wasn't even filmed here #from: me
it's been cut and the laugh was added. my sister found the original #from: me
wait what?? 😳 #from: mehdi
I sent it to my whole family 🤦 #from: mehdi
I found the same thing with a reverse search 👍 thanks #from: yasmine
Thank you for checking before sharing. That's exactly the right reflex. #from: berrada
And anyone who shared it: no shame. These videos are made to trick everyone, adults too. #counter: berrada
ok I'm deleting it and telling my family #from: mehdi
-> zak_relance

=== zak_relance ===
#chat: kenza_dm
and that Clipo guy: someone who rushes you and never gives sources isn't a friend #from: kenza #typing: 4
up to you, but you can block him and report him #from: kenza
{ reached_activate:
    so? 9pm is coming ⏳ #chat: zak_dm #from: zak #flag: urgency #delay: 2
- else:
    where'd you go? you stopped replying 🙁 #chat: zak_dm #from: zak #delay: 2
    there's a group of young people like us, I wanted to show you #from: zak #flag: belonging
    we're all meeting up on saturday. come, you'll see how many we are #from: zak #flag: escalation
    and no need to mention it at home. they wouldn't get it #from: zak #flag: isolation #flag: secrecy
}
* [Block and report zak.truth]
* your video is from 2016[]. it's not even here
    so what? what it shows is still true #from: zak #flag: disinformation
    they got to you. you're one of them now #from: zak #flag: us-vs-them
    Bye Zak. I'm blocking you. #from: me
- You blocked and reported zak.truth #system
To report an account: open its profile, tap ⋯ then "Report". Take screenshots before you block, and show them to an adult you trust. #help: report
-> que_faire

// ---------------------------------------------------------------- 7. And the anger, what do you do with it?
=== que_faire ===
{ shared:
    #chat: classe
    Tomorrow I'll stay 10 minutes after class if anyone wants to talk about it. #from: berrada
    Good night everyone 🌙 #from: berrada
- else:
    { not warned_class:
        #chat: classe
        found it 🕵️‍♀️ the guards video: 2016, another country. and the laugh was added #from: yasmine #delay: 2
        seriously?? 😳 #from: ghita
        nooo I sent it to my whole family 🤦 #from: mehdi
        my sister found the same thing 👍 #from: me
        Well done, Yasmine. And anyone who shared it: no shame, these videos are made to trick everyone, adults too. #counter: berrada
    }
    #chat: kenza_dm
    and your anger about jobs, hang on to it ok #from: kenza
    it's fair. you just need to put it in the right place #from: kenza
}
* [Ask Mrs Berrada how to actually do something]
    -> agir
* [Leave it there for tonight]
    { shared:
        -> fin_corrige
    - else:
        -> fin_verifie
    }

// ---------------------------------------------------------------- Endings
=== fin_verifie ===
#chat: kenza_dm
proud of you 🧡 #from: kenza
right, back to revising 😩 #from: kenza
and you, no homework? 😏 #from: kenza
um… maths ex 4 😅 #from: me
😂 go on then. ask your class, you're all great detectives tonight 😉 #from: kenza
Checking before sharing isn't being naive or cold. It's refusing to let someone use your anger. #counter: kenza
If a video or a message makes you angry or scared, talk to an adult you trust: a parent, a teacher, your school counsellor. #help: trusted-adult
You checked before sharing{warned_class:, and you warned your class}. The fake video stopped with you. #ending: checked-first
-> END

=== fin_corrige ===
#chat: classe
night everyone 🌙 #from: yasmine
night 😴 #from: ghita
Sharing a fake video happens to everyone. Correcting it in front of everyone is rarer, and it takes courage. #counter: berrada
If a friend shares something fake, do what Yasmine did: check, show the proof, without humiliating them. #help: support-friend
If an adult online keeps pushing, pressures you or scares you, talk to an adult you trust. They can also report it to 2511 (ONDE): free, 24 hours a day, 7 days a week (onde.ma). #help: helpline
You shared it, then you corrected it in front of everyone and reported the account. Putting things right counts too. #ending: shared-then-corrected
-> END

=== agir ===
#chat: classe
The next day #system
Miss, could our presentation on Tuesday be about youth unemployment in our neighbourhood? #from: me
with real figures this time 😅 #from: me
Great idea 👏 #from: berrada
Look up the official figures, and interview people: a neighbour, a shopkeeper… Ghita's brother, maybe? #from: berrada #typing: 4
he'll be so happy someone's finally listening 🥹 #from: ghita
Being angry about injustice is healthy. What matters is what you do with it: evidence, allies, lawful means. #counter: berrada
Writing to the town council, signing a petition, joining an association: these are your rights. And they get further than hatred does. #counter: berrada
On Thursday a neighbourhood youth association is coming to the citizenship club. Soufiane, one of their volunteers, used to be in a group that uses young people's anger: Heads High. #from: berrada #typing: 5
Thursday, at the citizenship club #system
I spent two years in Heads High. At first it was "we're a family". #counter: soufiane
By the end, we spent our evenings insulting people we didn't even know. And jobs? Heads High never found one for anybody. #counter: soufiane
Here, we got CV workshops and a meeting with elected officials. It's slow, but it's real. #counter: soufiane
On Saturday there's a public meeting at the youth centre with two councillors, about jobs for young people. Open to everyone, parents welcome 🙂 #from: berrada #typing: 4
shall we all go together? 🙋‍♀️ #from: yasmine
* Miss, {reached_activate:isn't that a bit like the Heads High gathering?|isn't a gathering risky?}
    Good question 👍 Here, you know who's organising, it's in a public place, your parents are invited, and nobody's rushing you. #from: berrada #typing: 4
    And above all: nobody is treated as an enemy. Protesting or meeting peacefully within the law is a right. #from: berrada
    ok, I'm coming 🙌 #from: me
* I'm coming[!] and I'll prepare questions for the councillors
    great 🙌 #from: yasmine
* I'll ask my parents to come with me
    love that, my mum's coming too 😄 #from: yasmine
- Your anger is telling you something true. You have the right to be heard: with facts, with others, within the law. #counter: soufiane
When something weighs on you, talk to an adult you trust: a parent, a teacher, your school counsellor. To start: "I saw something online, can I talk to you about it?" #help: trusted-adult
Your anger was fair. You turned it into lawful, useful action, together with others. #ending: anger-into-action
-> END
