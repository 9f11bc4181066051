// "My friend is changing" (id: my-friend)
// The player is the bystander: their best friend Adam is drawn into a fictional conspiracy group,
// "The Awake" (symbol: an open eye in a circle 👁️). Everything is invented.
// Techniques in weakened doses, no doctrine, no operational content.

VAR trust = 1
VAR laughed = false
VAR mocked = false
VAR reported = false
VAR told_hiba = false
VAR blocked = false

-> group_chat

=== group_chat ===
#chat: class_group
Thursday, 6:40 pm #system
anyone done maths ex 4?? #from: anir
nope idk which one that even is 😭 #from: rania
page 112, the one with the triangles #from: aya
A cat asleep on an open maths notebook. Caption: "me looking at ex 4" #from: rania #image: cat-homework
LMAOOO that's literally me 😂 #from: anir
match tonight at 8, who's watching? #from: aya
me!! ⚽🔥 #from: anir
A meme: sheep sitting in rows in front of a TV. Caption: "you when the TV tells you what to think 🐑📺" #from: adam #image: sheep-tv #flag: us-vs-them #stage: target #delay: 3
the ones who are asleep won't get it 😴 #from: adam
look up "The Awake" 👁️ at least they tell the truth #from: adam #flag: disinformation
what is this lol #from: anir
it's all fake bro. school, TV, the news. all of it. #from: adam #flag: disinformation #typing: 4
* lol so true 😂
    ~ laughed = true
    ~ trust += 1
    -> laugh_along
* are you serious? 🤡 is the earth flat too?
    ~ mocked = true
    ~ trust -= 2
    -> mock_public
* [Say nothing]
    -> ignore_it
* [Message him privately]
    ~ trust += 1
    -> write_private

=== laugh_along ===
finally someone gets it 😎 #from: adam
you two, stop 🙄 #from: rania
anyway. the match! #from: aya
you're not a sheep like the rest 😎 #from: adam #chat: adam_dm #flag: us-vs-them
-> dm_trust

=== mock_public ===
😂😂😂 #from: anir
🤡🤡 #from: rania
yo Adam, NASA's calling 🚀 #from: anir
laugh all you want. you'll see soon. #from: adam #delay: 3
Adam left the group #system
oops… #from: rania
well done, guys 👏 #from: aya #delay: 2
what?? it was a joke 😅 #from: anir
he'll be back, he's sulking #from: rania
anyway. match, 8pm, don't forget #from: aya #typing: 3 #delay: 2
-> salma_talk

=== ignore_it ===
ok, the match! predictions? #from: aya
2-0 easy #from: anir
1-1, I can feel it #from: rania
Thursday, 8:47 pm #system
GOOOAL ⚽🔥🔥 #from: anir
told you 😎 #from: anir
calm down, it's only the 47th minute 😂 #from: rania
Thursday, 11:52 pm #system
A meme: an alarm clock ringing next to a smiling stick figure. Caption: "the day the sheep finally wake up… too late 😈" #from: adam #image: alarm-meme #flag: normalising-violence #delay: 3
nobody answering? figures, you're all asleep 😴 #from: adam #flag: us-vs-them #delay: 5
-> salma_talk

=== write_private ===
hey, you ok? #from: me #chat: adam_dm
you seem really on edge lately #from: me
i'm fine #from: adam #delay: 4
why does everyone keep asking me that lol #from: adam
because I know you, bro #from: me
-> dm_trust

=== salma_talk ===
Friday, 7:30 am #system #chat: aya_dm
hey 👋 #from: aya
messaging you privately, didn't want to talk about it in front of everyone #from: aya
{ mocked:
    you were kinda harsh on Adam yesterday, no? 😕 #from: aya
- else:
    don't you think Adam's been weird lately? #from: aya
}
his dad lost his job. the factory closed #from: aya #typing: 4
my mum heard it from his mum #from: aya
and he's not telling anyone #from: aya #typing: 3 #delay: 1
* oh no, I didn't know 😟 I'll message him
    -> write_after_salma
* meh, he's just showing off
    ~ trust -= 1
    -> salma_alone

=== write_after_salma ===
{ mocked:
    hey. sorry about yesterday, the 🤡 thing was dumb #from: me #chat: adam_dm
- else:
    hey bro, you ok? we barely talk anymore #from: me #chat: adam_dm
}
meh #from: adam #delay: 4
what do you want? #from: adam
just to know how you're doing #from: me
-> dm_trust

=== salma_alone ===
ok… I'm still going to message him #from: aya
he was always there for us, remember? #from: aya #typing: 3 #delay: 1
in year 7, when your bike got stolen, he walked the whole neighbourhood with you to find it #from: aya #typing: 4 #delay: 1
Friday, 9:10 pm #system #chat: adam_dm #stage: trust
Aya messaged me. she knows about my dad #from: adam #typing: 3 #delay: 2
great, so everyone knows now 🙃 #from: adam
don't worry about me. i found people online who actually listen to me #from: adam #typing: 4 #delay: 2
over there i'm not invisible #from: adam
look what they wrote me #from: adam #typing: 2 #delay: 1
↪️ Forwarded from "The Awake 👁️": "Here, you matter. Out there, they've already forgotten you. We never forget anyone." #from: adam #flag: belonging #flag: isolation #prompt: flag
it's like a real family 👁️ #from: adam #flag: belonging #typing: 3 #delay: 1
not like you lot #from: adam #flag: us-vs-them #typing: 2 #delay: 2
* I haven't forgotten you, you know
    ~ trust += 1
    -> answered
* [Don't reply]
    -> no_answer

= answered
… #from: adam #delay: 4
yeah. we'll see #from: adam
Adam is offline #system
-> mom_text ->
-> isolate

= no_answer
Adam is offline #system #delay: 3
-> mom_text ->
-> isolate

=== mom_text ===
don't forget your key, I'm home late tonight 🔑 #from: mom #chat: mom_dm
and tell Adam to come for dinner this weekend, I miss that boy #from: mom
ok mum ❤️ #from: me
->->

=== dm_trust ===
ok. look what they sent me #from: adam #chat: adam_dm #stage: trust #typing: 3 #delay: 2
↪️ Forwarded from "The Awake 👁️": "Your dad lost his job? That's not 'the economy'. It's THEM. They decide who eats and who sleeps on the street." #from: adam #flag: grievance #flag: disinformation #prompt: flag
they wrote that when i told them about my dad #from: adam #typing: 4 #delay: 2
nobody else asked how i was doing. nobody. #from: adam #typing: 4 #delay: 2
over there they listen to me. it's kind of a family #from: adam #flag: belonging #typing: 4 #delay: 1
* sorry about your dad 😟 how's it going at home?
    ~ trust += 1
    -> about_dad
* who's "them"? what's your source?
    -> asks_source
* bro, that's crazy conspiracy stuff
    ~ trust -= 1
    -> argues

= about_dad
not great #from: adam #delay: 4
the factory closed in march. he stays home all day, he barely talks #from: adam #typing: 5 #delay: 1
i had to quit the football team, the fee was too much #from: adam
and at school i don't exist. nobody noticed #from: adam #typing: 4 #delay: 2 #distress
I noticed. you could've told me #from: me
idk. i was ashamed #from: adam #typing: 3 #delay: 3
no shame with me, bro. and you, are you holding up? for real #from: me #checkin
meh. but it helps to talk about it #from: adam #delay: 3
When a friend says nobody sees them, don't leave them alone with it: ask how they are, and talk to an adult you trust together. Stop Silence also listens to young people by chat, free and anonymous. #help: distress
-> invite

= asks_source
them. the people at the top. the ones who decide everything #from: adam #typing: 4
do your own research 👁️ it's all on the channel #from: adam #flag: disinformation
chatapp.link/awake-truth #from: adam
a link from the channel to prove the channel is right? 🤔 #from: me
lol you're annoying #from: adam
you didn't see what they did to my dad #from: adam #typing: 4 #delay: 2
he lost his job. the factory closed. and nobody cares #from: adam
-> invite

= argues
oh yeah? so you're asleep too #from: adam #flag: us-vs-them #typing: 3 #delay: 2
they warned me #from: adam
"your friends will laugh at you. that's normal, they're asleep. we're here for you" #from: adam #flag: isolation
my dad lost his job and nobody cares #from: adam
your dad still has a job. you can't understand #from: adam #typing: 3 #delay: 2
at least they explain why #from: adam #typing: 4 #delay: 1
-> invite

= invite
-> mom_text ->
so. want me to add you to the channel? #from: adam #chat: adam_dm #typing: 3 #delay: 3
see for yourself, it opens your eyes 👁️ #from: adam
* go on, I want to see
    -> channel
* no thanks. but what do you like about it?
    ~ trust += 1
    -> why_there
* no way, it's a cult
    ~ trust -= 1
    -> refuse_channel

=== channel ===
Adam added you to the channel "The Awake 👁️" #system #chat: awake_channel
Welcome, newcomer 👁️ Here, nobody is invisible. #from: veilleur #flag: belonging #typing: 3 #delay: 1
Out there: sheep. In here: the Awake. There's no in-between. #from: veilleur #flag: us-vs-them #typing: 3 #delay: 1
A meme: a cartoon sheep with a target drawn on its back. Caption: "hunting season opens soon 😂" #from: lynx #image: sheep-target #flag: normalising-violence #prompt: flag
😂😂😂 #from: adam
It's humour. Sheep never have a sense of humour. #from: veilleur #flag: normalising-violence #typing: 3 #delay: 2
Your teachers, your parents: they're asleep. Trust the channel, not them. #from: veilleur #flag: false-authority #flag: isolation #typing: 4 #delay: 1
* [Leave the channel]
    -> leave
* [Report the channel]
    ~ reported = true
    -> report
* your hunting jokes aren't funny
    -> speak_up

= leave
You left the channel #system
-> after_channel

= report
You reported the channel "The Awake 👁️" #system
Reporting is discreet: usually nobody finds out who reported. You can report a channel AND stay Adam's friend. #help: report
You left the channel #system
-> after_channel

= speak_up
Well, well. A sheep slipped in among us 🐑 #from: veilleur #flag: us-vs-them #typing: 3 #delay: 1
Adam, is this your friend? Choose your friends better. #from: veilleur #flag: isolation
The Watcher removed you from the channel #system
-> after_channel

= after_channel
{ speak_up:
    did you have to say that in front of everyone? 😤 #from: adam #chat: adam_dm
- else:
    so? did you see? 👁️ #from: adam #chat: adam_dm
}
the joke with the target… it made me feel sick #from: me
lol it's just a joke bro 😂 #from: adam #flag: normalising-violence #typing: 3 #delay: 1
With us too, it all started with jokes. "It's just humour." Laugh at violence long enough and you stop seeing it. #counter: reda
-> isolate

=== why_there ===
over there, when i post something, 30 people reply #from: adam #typing: 4 #delay: 1
here i post, nobody replies #from: adam #typing: 3 #delay: 2
the Watcher says i see things more clearly than everyone else #from: adam #flag: flattery
and that i've got real talent for memes. that with me, the channel will grow #from: adam #flag: flattery #typing: 4 #delay: 1
I'm here, you know #from: me
yeah… you're different #from: adam
but you're not always around #from: adam #typing: 3 #delay: 3
whatever. forget it #from: adam #delay: 2
Adam is offline #system
-> isolate

=== refuse_channel ===
ok. so you're like the others #from: adam #typing: 3 #delay: 2
the Watcher was right, sheep don't get anything #from: adam #flag: us-vs-them
forget it #from: adam
Adam is offline #system
Saturday, 1:12 am #system
sorry about earlier #from: adam #delay: 3
it's not about you #from: adam #typing: 2
it's just that over there, when i talk, people answer #from: adam #typing: 4 #delay: 2
night #from: adam #delay: 2
-> isolate

=== isolate ===
Tuesday, 12:15 pm #system #chat: class_group #stage: isolate
anyone got the biology notes? I didn't get the heart diagram at all 😵 #from: rania
me, I'll send them tonight #from: aya
anyone heard from Adam? he didn't come to football on friday #from: rania #delay: 2
he blocked me 🤷 #from: anir
he says i'm "a sleeping sheep" lol #from: anir
it's not funny. he's not ok #from: aya
hi, it's Hiba, Adam's sister. your mum gave me your number #from: hiba #chat: hiba_dm #typing: 4 #delay: 3
Adam shuts himself in his room. he says dad and I are "asleep" #from: hiba #typing: 5 #delay: 1
do you know what's going on? #from: hiba #typing: 2 #delay: 2
* yes… he talks about an online group, "The Awake". I'm worried
    ~ told_hiba = true
    -> hiba_told
* not really… he talks to me less
    -> hiba_unsure
* it's not my business, sorry
    -> hiba_not_mine

= hiba_told
thank you for telling me 🙏 #from: hiba #typing: 2 #delay: 1
I was scared it was something like that #from: hiba #typing: 3 #delay: 1
You're not betraying him by telling me: you're looking out for him. We'll go gently, without pushing him away. The most important thing is that you stay his friend. #counter: hiba
-> adam_pulls_away

= hiba_unsure
ok. if you notice anything, message me, ok? #from: hiba
and keep this between us please, I don't want him to feel spied on #from: hiba
-> adam_pulls_away

= hiba_not_mine
I get it. it's not on you to carry everything #from: hiba
he talks about you a lot, you know. your football games in the neighbourhood #from: hiba #typing: 3 #delay: 1
but if you ever get worried, I'm here #from: hiba
-> adam_pulls_away

=== adam_pulls_away ===
Tuesday, 9:03 pm #system #chat: adam_dm
hey. need to tell you something #from: adam #typing: 3 #delay: 3
the Watcher says we have to cut off the sheep #from: adam #flag: isolation #typing: 4 #delay: 2
the people who drag us down. even family #from: adam #flag: isolation #typing: 3 #delay: 1
our real family is the Awake #from: adam #flag: belonging #typing: 3 #delay: 1
so idk… maybe i have to drop you too 😅 #from: adam #typing: 5 #delay: 3
* and what do you think? I don't want to lose you
    ~ trust += 1
    -> stay
* fine, go be with your Awake
    ~ trust -= 2
    -> go
* [Leave on read]
    ~ trust -= 1
    -> seen

= stay
… #from: adam #delay: 3
me neither #from: adam
but they say if i have doubts, it means i'm still asleep #from: adam #flag: false-authority #typing: 4 #delay: 2
{ trust >= 1:
    -> the_test
- else:
    -> cut_off
}

= go
ok. #from: adam #delay: 3
whatever you say #from: adam #delay: 2
{ trust >= 1:
    -> the_test
- else:
    -> cut_off
}

= seen
ok. i see 👁️ #from: adam #delay: 8
{ trust >= 1:
    -> the_test
- else:
    -> cut_off
}

=== the_test ===
Thursday, 11:14 pm #system #chat: adam_dm
you awake? #from: adam #stage: activate #delay: 2
can i tell you something? but you can't tell anyone #from: adam #typing: 4 #delay: 3
they gave me a "test", to prove i'm really one of the Awake #from: adam #flag: loyalty-test #prompt: flag #typing: 5 #delay: 2
i have to block all of you. you, Aya, Hiba. and delete our chats #from: adam #flag: isolation #flag: secrecy #typing: 4 #delay: 2
and post their video in the class group, the one with the sheep and the target, with my name under it #from: adam #flag: loyalty-test #typing: 5 #delay: 2
at first it was just sharing memes. now it's this. what's next? #from: adam #flag: escalation #typing: 4 #delay: 2
lynx replied "the sheep are gonna love it 🎯🐑😂" #from: adam #flag: normalising-violence #typing: 4 #delay: 2
and the Watcher: "not a word to anyone. a real Awake knows how to keep quiet." #from: adam #flag: secrecy #typing: 4 #delay: 2
if i don't do it, i'm out. and i'll have nobody #from: adam #typing: 4 #delay: 3
{ laughed:
    you laughed at the start. you're kind of one of us, right? #from: adam #typing: 4 #delay: 2
}
* thanks for telling me. you don't have to do this
    ~ trust += 1
    -> talk_it_through
* ok I won't say anything, promise 🤐
    -> promised
* are you completely insane?? 🤡
    ~ trust -= 2
    -> blocked_now

= talk_it_through
and you, do you actually want to do it? #from: me
idk #from: adam #delay: 4
if i post that, the whole class will hate me #from: adam #typing: 4 #delay: 1
and blocking Hiba… she's my sister #from: adam #typing: 3 #delay: 2
their video says teachers keep us asleep #from: adam #typing: 3 #delay: 2
but Mr Chraibi, the coach, told me to come back to the team as soon as i can pay the fee #from: adam #typing: 5 #delay: 1
i'm just scared of being nobody again #from: adam #typing: 4 #delay: 4 #distress
you're not nobody. you've been my mate since primary school #from: me
and real friends don't ask you to prove anything #from: me
and right now, tonight, how are you feeling? for real. i'm here #from: me #checkin
bad. but it helps that you asked #from: adam #delay: 3
When a friend says they're scared of being "nobody", stay with them and simply ask how they are. Talk to an adult you trust together. Stop Silence also listens to young people by chat, free and anonymous. #help: distress
* shall we talk to someone together? Hiba, or Ms Bennani?
    { trust >= 3:
        -> agreed
    - else:
        -> refused
    }
* I'll have to tell an adult. not to get you in trouble, to help you
    { trust >= 4:
        -> agreed
    - else:
        -> refused
    }
* [Keep the secret]
    -> promised

= promised
thanks bro 🙏 #from: adam
you're the only one i can talk to #from: adam
Adam is offline #system
-> secret_weighs

= blocked_now
ok. you're a sheep too #from: adam #flag: us-vs-them
Adam blocked you #system
~ blocked = true
-> cut_off_choice

=== agreed ===
… #from: adam #delay: 4 #chat: adam_dm
honestly, i don't want to do it #from: adam #typing: 4 #delay: 2
… Hiba. ok. we tell her tomorrow #from: adam #typing: 4 #delay: 3
will you come with me? #from: adam
of course 🤝 #from: me
-> friend_helped

=== refused ===
no… i can't #from: adam #chat: adam_dm #typing: 2 #delay: 4
they'll find out. and my parents have enough problems #from: adam #typing: 4 #delay: 1
forget what i told you #from: adam
Adam is offline #system
* [Tell an adult anyway]
    -> tell_adult
* [Keep the secret]
    -> secret_weighs

=== secret_weighs ===
Friday, 7:45 am #system #chat: class_group
anyone got yesterday's history notes? #from: rania
sending you the photos 📸 #from: aya
Adam not coming today? #from: anir #delay: 2
A secret between friends is normal. But when a group is pushing your friend to cut everyone off and do things he doesn't want to do, it's not a secret to keep anymore. Telling an adult is protecting, not betraying. #counter: bennani
* [Tell my mum and Ms Bennani]
    -> tell_adult
* [Message Adam first]
    -> write_again
* [Do nothing]
    -> drifted_apart

= write_again
Adam, I can't keep this to myself #from: me #chat: adam_dm
I'm scared for you. this "test" isn't normal #from: me
{ trust >= 3:
    -> agreed
- else:
    -> angry_ok
}

= angry_ok
you promised #from: adam #delay: 5
do what you want. #from: adam
-> tell_adult

=== cut_off ===
ok. the Watcher was right about you lot #from: adam #chat: adam_dm #flag: us-vs-them
Adam blocked you #system
~ blocked = true
Thursday, 11:40 pm #system
you awake? sorry, it's late #from: hiba #chat: hiba_dm #stage: activate
Adam blocked everyone. he says it's a "test" #from: hiba #typing: 4 #delay: 1
he even deleted his football team photos #from: hiba #typing: 3 #delay: 1
and he won't answer mum anymore #from: hiba #typing: 2 #delay: 1
I saw this on his phone #from: hiba #typing: 3 #delay: 2
Screenshot of a message from the Watcher: "To prove you're not a sheep: block all your sleeping contacts and delete your chats. Post our video in your class group. Not a word to anyone." Below, lynx_404 replied: "the sheep are gonna love it 🎯🐑😂" #from: hiba #image: test-screenshot #flag: loyalty-test #flag: isolation #flag: secrecy #flag: normalising-violence #prompt: flag
I'm scared. I don't know what to do #from: hiba #typing: 3 #delay: 3
-> cut_off_choice

=== cut_off_choice ===
* [Tell my mum and Ms Bennani]
    -> tell_adult
* [Try messaging Adam anyway]
    -> try_blocked
* [Let it go, he's not my friend anymore]
    -> drifted_apart

= try_blocked
Adam, can we talk? #from: me #chat: adam_dm
Message not delivered #system
I blocked all my friends too. In the end it was my uncle who got through to me. When you can't reach your friend anymore, pass it on to an adult. #counter: reda
-> tell_adult

=== tell_adult ===
mum, can I talk to you? it's about Adam. it's serious #from: me #chat: mom_dm
of course, sweetheart. I'm here ❤️ #from: mom #typing: 3 #delay: 1
let's talk face to face, ok? I want to listen to you properly, not over text #from: mom #typing: 4 #delay: 1
Next day, 8:10 am #system
thank you for telling me everything. we'll go and see Ms Bennani together this morning #from: mom #typing: 4 #delay: 1
You didn't betray Adam: you protected him. His anger about his dad is fair. We'll help him and his family, not punish him. #counter: bennani
{ reported:
    -> after_report
}
* [Report The Awake's channel]
    ~ reported = true
    -> report_now
* [Let Ms Bennani handle it]
    -> after_report

= report_now
You reported the channel "The Awake 👁️" #system
A channel that laughs about violence or pushes young people to cut themselves off from their families and friends should be reported: the platform can shut it down. Usually nobody finds out who reported. #help: report
-> after_report

= after_report
A few days later #system #chat: hiba_dm
Ms Bennani talked with Adam and with our parents #from: hiba #typing: 4 #delay: 1
he didn't post anything. and last night he came out of his room to eat with us, first time in weeks 🙂 #from: hiba #typing: 4 #delay: 2
she also talked to Mr Chraibi, the coach: mostly he wants Adam back on the team #from: hiba #typing: 5 #delay: 1
Adam showed her the Watcher's messages. she took screenshots and made a report to 2511. she says the people pushing teens into this are the ones in the wrong, not Adam #from: hiba #typing: 5 #delay: 1
Adam's still upset. but he asked me if you were angry with him #from: hiba #typing: 5 #delay: 2
I was scared of "betraying" him too. But staying quiet meant leaving him alone with them. Give him a bit of time, then message him. #counter: hiba
If an adult or a group pushes a young person, you or a friend, to cut everyone off or do things they don't want to do, you can report it to 2511 (ONDE): free, 24 hours a day, 7 days a week (onde.ma). #help: helpline
If someone is threatened or in danger right now: call 19 (police) or 177 (gendarmerie). #help: emergency
You couldn't convince him on your own, but you told adults in time. Adam isn't alone with the group anymore, and the door to your friendship is still open. #ending: told-adult
-> END

=== friend_helped ===
Next day, 9:30 pm #system #chat: hiba_dm
{ told_hiba:
    thanks for the other day. and for today 💛 #from: hiba
- else:
    he told dad and me everything. thanks for coming with him 💛 #from: hiba
}
on monday we're all going to see Ms Bennani together #from: hiba #typing: 3 #delay: 1
and we'll show her the Watcher's messages. the people pushing teens into this are the ones with the problem, not Adam #from: hiba
Monday, 5:05 pm #system #chat: adam_dm
Ms Bennani says the school has a fund to pay football fees 👀 #from: adam #typing: 4 #delay: 1
and Mr Chraibi wants me back on the team #from: adam #typing: 3 #delay: 2
she also knows a charity that helps people who lost their jobs. dad's going on thursday #from: adam #typing: 5 #delay: 2
You did exactly the right thing: you stayed his friend, you asked questions, and you asked for help. Adam's anger about his dad is fair. Now it can go into something good. #counter: bennani
i left the channel #from: adam #typing: 3 #delay: 3
{ reported:
    -> helped_end
}
* [Report the channel with Adam]
    ~ reported = true
    -> report_together
* [Let Ms Bennani handle it]
    -> helped_end

= report_together
You reported the channel "The Awake 👁️" #system
Reporting is discreet: usually nobody finds out who reported. And it protects the next people they try to pull in. #help: report
-> helped_end

= helped_end
I was 16 when a group like that told me I was "awake". What got me out was an old mate who kept messaging me, even when I told him to get lost. #counter: reda
{ mocked:
    Aya added Adam back to the group #system #chat: class_group
- else:
    Wednesday, 6:02 pm #system #chat: class_group
}
so… who's playing on friday? ⚽ #from: adam #typing: 3 #delay: 2
ADAM 🔥 you're on my team #from: anir
Helping a friend who's changing: talk to him in private, don't mock him, ask questions, stick around. And when it gets worrying, talk to an adult you trust. #help: support-friend
You stayed his friend, asked questions and brought in an adult in time. Adam stepped back. #ending: friend-helped
-> END

=== drifted_apart ===
A week later #system #chat: class_group
anyone playing Goal Legends tonight? #from: anir
me, after homework #from: rania
me too! but I'm picking the team this time 😤 #from: aya
Adam barely comes to school anymore #from: aya #chat: aya_dm #typing: 3 #delay: 2
Hiba says he spends his nights on his phone #from: aya #typing: 3 #delay: 1
I messaged him. he said "leave me alone" #from: aya #typing: 3 #delay: 2
but he reads everything. I see "seen" every time #from: aya #typing: 3 #delay: 1
He acts tough, but I've seen him rereading your old chats. The day he wants out of all this, it's his real friends he'll come back to. #counter: hiba
* [Message him: "I miss you, wanna hang out?"]
    -> reach_out
* [Not now]
    -> end_line

= reach_out
hey. I miss you. wanna hang out? #from: me #chat: adam_dm
{ blocked:
    Message not delivered #system
    ok. I'll talk to him in person, at school #from: me
- else:
    … #from: adam #delay: 6
    maybe #from: adam
}
-> end_line

= end_line
When I joined my group, my friends made fun of me, then they stopped messaging. The group became my only "family". One message from an old friend could have changed everything. #counter: reda
It's not too late. A simple message, no blame, no debate, is enough: "I miss you, wanna hang out?". You can send it today or in a month. #help: support-friend
And if you're worried, or you know he's being pushed to do things he doesn't want to do, talk to an adult you trust: a parent, a teacher, Ms Bennani. #help: trusted-adult
You drifted apart. But a friendship can be mended: it's not too late to message him, or to talk to an adult. #ending: drifted-apart
-> END
