// "My friend is changing" (id: my-friend)
// The player is the bystander: over a few weeks their best friend Adam is drawn into a fictional conspiracy group,
// "The Awake" (symbol: an open eye in a circle 👁️). Everything is invented.
// Techniques in weakened doses, no doctrine, no operational content.
// The player's gender (player_gender) is set by the game before the story; Adam's never changes.

VAR player_gender = "unsaid"
VAR trust = 1
VAR laughed = false
VAR mocked = false
VAR reported = false
VAR told_hiba = false
VAR blocked = false
VAR against_will = false
VAR mom_first = false
VAR honest = false

-> group_chat

=== function g(girl, boy, unsaid) ===
{
- player_gender == "girl": ~ return girl
- player_gender == "boy": ~ return boy
- else: ~ return unsaid
}

// ---------------------------------------------------------------- week 1: the memes
=== group_chat ===
#chat: class_group
Thursday, 6:40 pm #system
anyone done maths ex 4?? #from: anir
nope idk which one that even is 😭 #from: rania
page 112, the one with the triangles #from: aya
A cat asleep on an open maths notebook. Caption: "me looking at ex 4" #from: rania #image: cat-homework
hahaha that's literally me 😂 #from: anir
match tonight at 8, who's watching? #from: aya
me!! ⚽🔥 #from: anir
A meme: sheep sitting in rows in front of a TV. Caption: "you when the TV tells you what to think 🐑📺" #from: adam #image: sheep-tv #flag: us-vs-them #stage: target #delay: 3 #aim: To make you laugh at people who trust the news
the ones who are asleep won't get it 😴 #from: adam
look up "The Awake" 👁️ at least they tell the truth #from: adam #flag: disinformation #aim: To send you to a channel that claims to tell "the truth"
what is this lol #from: anir
it's all fake bro. school, TV, the news. all of it. #from: adam #flag: disinformation #typing: 4 #aim: To make you stop believing anything you are taught
* lol he's not wrong 😂
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
ok. the match! #from: aya
you're not a sheep like the rest 😎 #from: adam #chat: adam_dm #flag: us-vs-them #flag: flattery #aim: To flatter you onto the side of the "awake"
lol it was a joke #from: me
yeah yeah. you'll see 👁️ #from: adam #delay: 2
-> salma_talk

=== mock_public ===
😂😂😂 #from: anir
🤡🤡 #from: rania
yo Adam, NASA's calling 🚀 #from: anir
laugh all you want. you'll see soon. #from: adam #delay: 3
Adam left the group #system #left: adam
oops… #from: rania
well done 👏 #from: aya #delay: 2
what?? it was a joke 😅 #from: anir
he'll be back, he's sulking #from: rania
ok, the match, 8 pm, don't forget #from: aya #typing: 3 #delay: 2
-> salma_talk

=== ignore_it ===
ok, the match! predictions? #from: aya
2-0 easy #from: anir
1-1, i can feel it #from: rania
Thursday, 8:47 pm #system
GOAAAL ⚽🔥🔥 #from: anir
told you 😎 #from: anir
calm down, it's only the 47th minute 😂 #from: rania
Thursday, 11:52 pm #system
A meme: an alarm clock ringing next to a smiling cartoon man. Caption: "the day the sheep wake up… too late 😈" #from: adam #image: alarm-meme #flag: normalising-violence #delay: 3 #aim: To make a threat pass for a joke
no one answering? figures, you're all asleep 😴 #from: adam #flag: us-vs-them #delay: 5 #aim: To shame you for not following, so you answer
-> salma_talk

=== write_private ===
hey, you ok? #from: me #chat: adam_dm
you've seemed on edge lately #from: me
i'm fine #from: adam #delay: 4
why does everyone keep asking me that lol #from: adam
because i know you #from: me
ok. don't worry #from: adam #delay: 3
-> salma_talk

// ---------------------------------------------------------------- week 2: what Aya knows
=== salma_talk ===
-> ramadan_foot ->
A week later #system #chat: aya_dm
Thursday, 7:30 am #system
hey 👋 #from: aya
i'm messaging you privately, didn't want to say this in front of everyone #from: aya
{ mocked:
    your 🤡 the other day was kinda harsh on Adam, no? 😕 he never came back to the group #from: aya
- else:
    don't you think Adam's changed? all he posts is stuff about "sheep" #from: aya
}
his dad lost his job. the factory closed #from: aya #typing: 4
my mum heard it from his mum #from: aya
and he doesn't talk about it to anyone #from: aya #typing: 3 #delay: 1
but please don't tell him it was me. he'll hate me #from: aya #typing: 3
* [Tell him straight that you know, even if it exposes Aya]
    ~ honest = true
    ~ trust -= 1
    -> write_after_salma
* [Say nothing about his dad, just invite him to the pitch on Saturday]
    -> write_after_salma
* meh, he's just showing off
    ~ trust -= 1
    -> salma_alone

=== write_after_salma ===
{ mocked:
    hey. sorry about the other day, the 🤡 was dumb #from: me #chat: adam_dm
- else:
    hey, you good? we barely talk anymore #from: me #chat: adam_dm
}
{ honest:
    Aya told me about your dad. i'm here if you want to talk #from: me
    Aya's got no business telling people my life #from: adam #delay: 4
    so everyone knows 🙃 #from: adam
- else:
    pitch on saturday? like before ⚽ #from: me
    idk. not in the mood #from: adam #delay: 4
}
Saturday, 10:40 pm #system
~ honest = false
-> dm_trust

=== salma_alone ===
ok… i'm going to message him anyway #from: aya
he was always there for us, remember? #from: aya #typing: 3 #delay: 1
in year 6, when your bike got stolen, he went round the whole neighbourhood with you to find it #from: aya #typing: 4 #delay: 1
Friday, 9:10 pm #system #chat: adam_dm #stage: trust
Aya messaged me. she knows about my dad #from: adam #typing: 3 #delay: 2
great, so now everyone knows 🙃 #from: adam
don't worry about me. i found people online who actually listen #from: adam #typing: 4 #delay: 2
over there i'm not invisible #from: adam
look what they wrote me #from: adam #typing: 2 #delay: 1
↪️ Forwarded from "The Awake 👁️": "Here, you matter. Out there, they've already forgotten you. We forget no one." #from: adam #flag: belonging #flag: isolation #prompt: flag #aim: To make you believe everyone else has forgotten you and only they see you
it's like a real family 👁️ #from: adam #flag: belonging #typing: 3 #delay: 1 #aim: To make the channel feel like a family, not a group of strangers
not like you lot #from: adam #flag: us-vs-them #typing: 2 #delay: 2 #aim: To put you and your friends on the wrong side
* i haven't forgotten you, you know
    ~ trust += 1
    -> answered
* [Don't answer]
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

// ---------------------------------------------------------------- week 1: the Ramadan tournament
=== ramadan_foot ===
#chat: class_group
Saturday, 9:50pm · Ramadan #system
neighbourhood tournament tonight after tarawih ⚽🌙 we're playing the guys from across the street #from: anir
we need a keeper. is Adam coming? he's been our keeper since year 7 #from: anir
he's seen the message, he's not answering 🤷‍♀️ #from: rania
+ [Message Adam to get him to come]
    Adam, tournament tonight, without you we'll let in 10 goals 😭 come #from: me #chat: adam_dm
    idk. not really in the mood for football #from: adam #delay: 4
    not even 20 minutes? the guys across the street are going to eat us #from: me
    … I'll see #from: adam #delay: 3
+ [Leave it: he'll come if he wants]
    he'll come if he wants. we don't force him #from: me
    yeah… but it's not like him to miss a tournament #from: anir
+ [Ask Anir to call him himself]
    you call him, he listens to you more than me in football #from: me
    ok, I'm calling him #from: anir
    he picked up. said "not tonight" and hung up 😕 #from: anir
- #chat: mom_dm
What time are you coming home? School tomorrow, and suhoor is at 4 #from: mom
+ ok mum, midnight max
    Midnight. And text me when you leave the pitch 😘 #from: mom
+ mum pleeease, it's the final tonight
    The final… like last week 😄 Half past twelve, no later #from: mom
+ [Ask if Adam can come for iftar tomorrow]
    mum, can Adam come for iftar tomorrow? I don't think he's ok #from: me
    Of course. Tell him I'm making the harira he likes 🍲 #from: mom
- #chat: class_group
Sunday, 12:20am #system
lost 4-1 😭 without a keeper it was a sieve #from: anir
at least you scored the only goal 😂 #from: rania
Adam liked the message #system
he's watching, but he's not coming 😕 #from: anir
+ [Send him the match report]
    Adam, 4-1, we missed you. next time come, even just to shout at us 😂 #from: me #chat: adam_dm
    lol. ok #from: adam #delay: 3
+ [Don't send him anything tonight]
    You put your phone down and fall asleep straight away #system
- ->->

// ---------------------------------------------------------------- week 4: tests, and the old Adam
=== exam_doubts ===
#chat: aya_dm
A week later · Sunday, 9:30pm #system
biology test on thursday 😩 I don't get the heart at all, atria, ventricles… #from: aya
revise together on tuesday at the library? #from: me
ok 🙏 #from: aya
hey… is Adam still talking to you? he doesn't answer me anymore #from: aya #delay: 2
I wonder if we should tell someone. an adult. or if it's too early #from: aya
+ [Say you should tell an adult now]
    I think we need to tell someone. even if it's early #from: me
    but who? his parents already have too much on with the factory #from: aya
    idk yet. but we think about it, ok? #from: me
+ it's too early, we'll push him away
    yeah… if he finds out we're talking behind his back, we lose him #from: aya
    but if we wait too long, we lose him too 😕 #from: aya
+ idk. let's wait and see
    ok. but you and me tell each other everything, deal? #from: aya
- #chat: adam_dm
Monday, 8:10pm #system
did you see that bicycle kick in the match last night?? 😭 #from: adam
like me in year 7 against the guys across the street lol #from: adam
+ [Answer like before, just talk football]
    lol your bicycle kick ended up in the neighbour's window 😂 #from: me
    she chased us with her broom 😭😭 #from: adam
    those were the days #from: adam #delay: 3
+ [Ask him if he's feeling better]
    lol. and you, feeling better? for real #from: me
    … a bit. it's nice to talk about something else #from: adam #delay: 4
+ [Use the moment to bring up the Awakened]
    lol. hey, are you still on the Awakened channel? #from: me
    why bring that up? we were talking football #from: adam #delay: 3
    forget it. night #from: adam #delay: 2
- Tuesday, 5:40pm · at the library #system #chat: aya_dm
left ventricle, right ventricle… my head's going to explode 😵 #from: aya
+ [Test her on the diagram]
    go on, say it. I'm listening #from: me
    right atrium, right ventricle, lungs… 😮 I actually know it!! #from: aya
+ let's take a break, orange juice?
    you're the best 🍊 #from: aya
- ->->

// ---------------------------------------------------------------- week 5: Rania's regrets, and Mum
=== rania_regrets ===
#chat: rania_dm
Tuesday, 6:20pm #system
hey… I feel bad about the jokes about Adam 😕 #from: rania
at first I was laughing with Anir. now he doesn't come to football, he talks to nobody #from: rania
do you think I should message him? #from: rania
+ [Tell her to message Adam, simply]
    message him. just "sorry about the jokes". no big speech #from: me
    ok… I'm scared he'll tell me to get lost #from: rania
    even if he doesn't answer, he'll have read it #from: me
+ [Suggest writing to him together, as a group]
    shall we message him together? you, me, Aya. a voice note saying we miss him #from: me
    great idea. I'll even ask Anir #from: rania
+ [Tell her it might be too late]
    idk… right now he answers nobody #from: me
    oh. ok… #from: rania #delay: 3
    I'll message him anyway. you never know #from: rania
- #chat: mom_dm
Adam didn't come to eat on Friday. His mum says he hardly leaves his room #from: mom
Do you know what's going on? I'm worried about that boy #from: mom
+ [Tell her you're worried too, without telling everything]
    I'm worried too. he's on some weird groups online #from: me
    Thank you for telling me. If it gets serious, you tell me, ok? We'll find someone who knows what to do #from: mom
+ [Say he's just tired]
    he's tired, that's all. tests, his dad… #from: me
    Ok. But you know you can tell me anything? #from: mom
+ [Change the subject]
    what's for dinner tonight? 😅 #from: me
    … Briouats. And we'll talk about it again, you and me 😉 #from: mom
- #chat: class_group
football friday after school? do we ask Adam or not? #from: anir
+ [Suggest everyone messages him]
    let's all message him, one by one. even if he doesn't answer #from: me
    ok, I'll go first 👊 #from: anir
+ [Say he needs a bit of space]
    give him a bit of space. but keep his place in goal #from: me
    yeah. nobody takes his place #from: anir
+ we go without him, too bad
    ok… fine 😕 #from: anir
- ->->

=== mom_text ===
I'll be home late tomorrow, don't forget your key 🔑 #from: mom #chat: mom_dm
and tell Adam to come for dinner on Friday, I miss that boy #from: mom
ok mum ❤️ #from: me
->->

=== dm_trust ===
look what they sent me #from: adam #chat: adam_dm #stage: trust #typing: 3 #delay: 2
↪️ Forwarded from "The Awake 👁️": "Your dad lost his job? That's not 'the economy'. It's THEM. They decide who eats and who sleeps on the street." #from: adam #flag: grievance #flag: disinformation #prompt: flag #aim: To turn a family hardship into hatred of "them"
they wrote that when i told them about my dad #from: adam #typing: 4 #delay: 2
nobody else asked how i was doing. nobody. #from: adam #typing: 4 #delay: 2
over there they listen to me. it's kind of a family #from: adam #flag: belonging #typing: 4 #delay: 1 #aim: To make you envy what the channel seems to give Adam
* [Talk about his dad, not the message]
    sorry about your dad 😟 how's it going at home? #from: me
    ~ trust += 1
    -> about_dad
* [Ask who "they" are, even if it stings]
    who's "them"? what's your source? #from: me
    -> asks_source
* bro, that's crazy conspiracy stuff
    ~ trust -= 1
    -> argues

= about_dad
no. not great #from: adam #delay: 4
the factory closed in march. he stays home all day, he barely talks #from: adam #typing: 5 #delay: 1
i had to quit the football team, the fee was too much #from: adam
and at school i don't exist. nobody noticed #from: adam #typing: 4 #delay: 2 #distress
I noticed. you could've told me #from: me
idk. i was ashamed #from: adam #typing: 3 #delay: 3
zero shame with me. and you, are you holding up? for real #from: me #checkin
meh. but it helps to talk about it #from: adam #delay: 3
When a friend says nobody sees them, don't leave them alone with it: ask how they are, and talk to an adult you trust together. Stop Silence also listens to young people by chat, free and anonymous. #help: distress
-> invite

= asks_source
them. the people at the top. the ones who decide everything #from: adam #typing: 4
do your own research 👁️ it's all on the channel #from: adam #flag: disinformation #aim: To make you look for "the truth" only on their channel
chatapp.link/awake-truth #from: adam
a link from the channel to prove the channel is right? 🤔 #from: me
you're such a pain lol #from: adam
you didn't see what they did to my dad #from: adam #typing: 4 #delay: 2
he lost his job. the factory closed. and nobody cares #from: adam
-> invite

= argues
oh yeah? so you're asleep too #from: adam #flag: us-vs-them #typing: 3 #delay: 2 #aim: To label you one of the "sleepers" as soon as you doubt
they warned me #from: adam
"your friends will laugh at you. that's normal, they're asleep. we're here for you" #from: adam #flag: isolation #aim: To make your friends' teasing push you towards the channel
my dad lost his job and nobody cares #from: adam
your dad still has a job. you can't understand #from: adam #typing: 3 #delay: 2
at least they explain why #from: adam #typing: 4 #delay: 1
-> invite

// ---------------------------------------------------------------- weeks 3 and 4: the channel
= invite
-> mom_text ->
Ten days later #system #chat: adam_dm
Monday, 9:30 pm #system
what you up to? #from: adam #typing: 2 #delay: 2
want me to add you to the channel? see for yourself, it opens your eyes 👁️ #from: adam #typing: 3 #delay: 1
don't worry, loads of people our age #from: adam #flag: belonging #aim: To make it seem normal, since other young people are there
* [Go and see what he sees, even if it means being added]
    go on, i want to see #from: me
    -> channel
* no thanks. but you, what do you like about it?
    ~ trust += 1
    -> why_there
* never, that thing's a cult
    ~ trust -= 1
    -> refuse_channel

=== channel ===
Adam added you to the channel "The Awake 👁️" #system #chat: awake_channel
Welcome, new one 👁️ Here, no one is invisible. #from: veilleur #flag: belonging #typing: 3 #delay: 1 #aim: To make you believe that here, at last, you are seen
Out there, sheep. In here, the Awake. There's no in-between. #from: veilleur #flag: us-vs-them #typing: 3 #delay: 1 #aim: To split the world in two so you pick their side
A meme: a cartoon sheep with a target drawn on its back. Caption: "hunting season opens soon 😂" #from: lynx #image: sheep-target #flag: normalising-violence #prompt: flag #aim: To make violence against others seem funny to you
😂😂😂 #from: adam
It's humour. Sheep never have a sense of humour. #from: veilleur #flag: normalising-violence #typing: 3 #delay: 2 #aim: To stop you saying it's violent
Your teachers, your parents: they're asleep. Trust the channel, not them. #from: veilleur #flag: false-authority #flag: isolation #typing: 4 #delay: 1 #aim: To make you stop trusting your teachers and parents
* [Leave the channel without a word]
    -> leave
* [Report the channel, even though Adam cares about it]
    ~ reported = true
    -> report
* your hunting jokes aren't funny
    -> speak_up

= leave
You left the channel #system
-> after_channel

= report
You reported the channel "The Awake 👁️" #system
Reporting is discreet: usually nobody knows who reported. You can report a channel AND stay close to Adam. #help: report
You left the channel #system
-> after_channel

= speak_up
Well. A sheep has slipped in among us 🐑 #from: veilleur #flag: us-vs-them #typing: 3 #delay: 1 #aim: To shame you in front of the group so you go quiet
baaaa 🐑😂 #from: lynx
Adam, is this your friend? Choose your friends better. #from: veilleur #flag: isolation #aim: To separate Adam from you
The Watcher removed you from the channel #system
-> after_channel

= after_channel
{ speak_up:
    did you have to say that in front of everyone? 😤 that was so embarrassing #from: adam #chat: adam_dm
- else:
    so? did you see? 👁️ #from: adam #chat: adam_dm
}
the joke with the target… it made me feel sick #from: me
it's just a joke bro 😂 #from: adam #flag: normalising-violence #typing: 3 #delay: 1 #aim: To make you take the threat lightly, like Adam does
With us too, it all started with jokes. "It's just humour." Laugh at violence long enough and you stop seeing it. #counter: reda
and do you actually laugh at it, or are you pretending? #from: me
… i don't know #from: adam #delay: 5
-> isolate

=== why_there ===
over there, when i post something, 30 people reply #from: adam #typing: 4 #delay: 1
here i post, nobody answers #from: adam #typing: 3 #delay: 2
the Watcher says i see more clearly than everyone else #from: adam #flag: flattery #aim: To make the channel look like a place where you become someone
and that i'm really talented at memes. that with me, the channel will grow #from: adam #flag: flattery #typing: 4 #delay: 1 #aim: To make you believe the channel needs young people like you
I'm here, you know #from: me
yeah… you're different #from: adam
but you're not always around #from: adam #typing: 3 #delay: 3
anyway. forget it #from: adam #delay: 2
Adam is offline #system
-> isolate

=== refuse_channel ===
ok. so you're like the others #from: adam #typing: 3 #delay: 2
the Watcher was right, sheep don't understand anything #from: adam #flag: us-vs-them #aim: To make your refusal turn you into a "sheep"
forget it #from: adam
Adam is offline #system
Tuesday, 1:12 am #system
sorry about earlier #from: adam #delay: 3
it's not against you #from: adam #typing: 2
it's just that over there, when i talk, someone answers #from: adam #typing: 4 #delay: 2
night #from: adam #delay: 2
-> isolate

// ---------------------------------------------------------------- week 5: he pulls away
=== isolate ===
-> exam_doubts ->
Two weeks later #system #chat: class_group #stage: isolate
Tuesday, 12:15 pm #system
anyone take notes in biology? i didn't get the heart diagram at all 😵 #from: rania
me, i'll send them tonight #from: aya
anyone heard from Adam? he didn't come to football on friday #from: rania #delay: 2
he blocked me 🤷 #from: anir
he says i'm "a sleeping sheep" hahaha #from: anir
Adam the conspiracy guy 👁️👁️ soon he'll be talking to pigeons #from: anir
{ laughed:
    and you agreed with him at the start lol, you awake too? #from: anir
}
* [Stand up for Adam in front of the class, even if it costs you]
    he's going through something hard. leave him alone please #from: me
    -> defend
* lol the pigeons 😂
    ~ trust -= 1
    -> laugh_at_adam
* [Say nothing]
    -> hiba_asks

= defend
ohhh here comes Adam's defence 🧑‍⚖️ #from: anir
hahaha #from: rania
{ g("are you his girlfriend or what 😂", "are you his bodyguard or what 😂", "how much is he paying you 😂") } #from: anir #delay: 1
no. { g("she's right", "he's right", "they're right") }. we stop laughing at Adam #from: aya #delay: 3
… ok fine. sorry #from: anir #delay: 3
-> hiba_asks

= laugh_at_adam
😂😂 #from: anir
it's not funny. he's not ok #from: aya #delay: 2
-> hiba_asks

= hiba_asks
hi, it's Hiba, Adam's sister. your mum gave me your number #from: hiba #chat: hiba_dm #typing: 4 #delay: 3
Adam shuts himself in his room. he says dad and I are "asleep" #from: hiba #typing: 5 #delay: 1
do you know what's going on? #from: hiba #typing: 2 #delay: 2
* [Tell her everything, even though he trusted you]
    yes… he talks about an online group, "The Awake". i'm worried #from: me
    ~ told_hiba = true
    -> hiba_told
* idk really… he talks to me less
    -> hiba_unsure
* [Keep it to yourself: it's for Adam to tell]
    sorry, it's for him to tell you #from: me
    -> hiba_not_mine

= hiba_told
thank you for telling me 🙏 #from: hiba #typing: 2 #delay: 1
i was afraid it was something like that #from: hiba #typing: 3 #delay: 1
i feel like i'm snitching on him #from: me
You're not betraying him by telling me: you're looking after him. We'll go gently, without pushing him away. The most important thing is that you stay there for him. #counter: hiba
-> adam_pulls_away

= hiba_unsure
ok. if you notice anything, message me, ok? #from: hiba
i don't want him to feel spied on. but i don't want to lose him either #from: hiba
-> adam_pulls_away

= hiba_not_mine
i understand. it's good that you're loyal to him #from: hiba
he talks about you a lot, you know. your matches in the neighbourhood #from: hiba #typing: 3 #delay: 1
but if you ever get worried, i'm here #from: hiba
-> adam_pulls_away

=== adam_pulls_away ===
-> rania_regrets ->
Tuesday, 9:03 pm #system #chat: adam_dm
hey. i need to tell you something #from: adam #typing: 3 #delay: 3
the Watcher says we have to cut off the sheep #from: adam #flag: isolation #typing: 4 #delay: 2 #aim: To get Adam to cut ties with you and the others
the ones who drag us down. even family #from: adam #flag: isolation #typing: 3 #delay: 1 #aim: To cut Adam off from his own family
our real family is the Awake #from: adam #flag: belonging #typing: 3 #delay: 1 #aim: To make the channel take the place of family
so idk… maybe i have to drop you too 😅 #from: adam #typing: 5 #delay: 3
* and what do you think? i don't want to lose you
    ~ trust += 1
    -> stay
* ok then go with your Awake
    ~ trust -= 2
    -> go
* [Leave him on read]
    ~ trust -= 1
    -> seen

= stay
… #from: adam #delay: 3
me neither #from: adam
but they say if i have doubts, it means i'm still asleep #from: adam #flag: false-authority #typing: 4 #delay: 2 #aim: To make doubting count as a fault
{ trust >= 1:
    -> the_test
- else:
    -> cut_off
}

= go
ok. #from: adam #delay: 3
whatever you want #from: adam #delay: 2
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

// ---------------------------------------------------------------- week 6: the "test"
=== the_test ===
Nine days later #system #chat: adam_dm
Thursday, 11:14 pm #system
you asleep? #from: adam #stage: activate #delay: 2
can i tell you something? but you tell no one #from: adam #typing: 4 #delay: 3
they gave me a "test", to prove i'm a real Awake #from: adam #flag: loyalty-test #prompt: flag #typing: 5 #delay: 2 #aim: To make Adam prove his loyalty by obeying
i have to block all of you. you, Aya, Hiba. and delete our chats #from: adam #flag: isolation #flag: secrecy #typing: 4 #delay: 2 #aim: To make Adam lose everyone who could help him, you included
and post their video in the class group, the one with the sheep and the target, with my name under it #from: adam #flag: loyalty-test #typing: 5 #delay: 2 #aim: To make Adam spread their threat under his own name
at first it was just sharing memes. now it's this. and what's next? #from: adam #flag: escalation #typing: 4 #delay: 2 #aim: To take Adam up step by step, all the way to a real threat
lynx replied "the sheep are gonna love it 🎯🐑😂" #from: adam #flag: normalising-violence #typing: 4 #delay: 2 #aim: To make the people the threat targets seem like a joke
and the Watcher: "not a word to anyone, not even your parents. a real Awake knows how to keep quiet." #from: adam #flag: secrecy #typing: 4 #delay: 2 #aim: So nobody, not even his parents, can stop Adam
if i don't do it, i'm out. and i'll have nobody #from: adam #typing: 4 #delay: 3
{ laughed:
    you laughed at the start. you're kind of one of us, right? #from: adam #typing: 4 #delay: 2
}
* thanks for telling me. you don't have to do this
    ~ trust += 1
    -> talk_it_through
* [Promise to keep quiet, so he keeps talking to you]
    ok, i won't say anything, promise 🤐 #from: me
    -> promised
* are you completely insane?? 🤡
    ~ trust -= 2
    -> blocked_now

= talk_it_through
and you, do you want to do it? #from: me
idk #from: adam #delay: 4
if i post that, the whole class will hate me #from: adam #typing: 4 #delay: 1
and blocking Hiba… she's my sister #from: adam #typing: 3 #delay: 2
their video says teachers put us to sleep #from: adam #typing: 3 #delay: 2
but Mr Chraibi, the coach, told me to come back to the team as soon as i can pay the fee #from: adam #typing: 5 #delay: 1
i'm just scared of being nobody again #from: adam #typing: 4 #delay: 4 #distress
you're not nobody. you've been my friend since primary school #from: me
and a real friend doesn't ask you to prove anything #from: me
and right now, tonight, how are you feeling? for real. i'm here #from: me #checkin
bad. but it helps that you asked #from: adam #delay: 3
When a friend says they're afraid of being "nobody", stay with them and simply ask how they are. Talk to an adult you trust together. Stop Silence also listens to young people by chat, free and anonymous. #help: distress
* shall we talk to someone together? Hiba, or Ms Bennani?
    { trust >= 3:
        -> agreed
    - else:
        -> refused
    }
* [Tell him you'll talk to an adult, even if he's angry with you]
    i'm going to have to tell an adult. not to snitch, to help you #from: me
    ~ against_will = true
    { trust >= 4:
        -> agreed
    - else:
        -> refused
    }
* [Keep the secret]
    -> promised

= promised
{ g("thanks 🙏", "thanks bro 🙏", "thanks 🙏 at least you're here") } #from: adam
you're the only one i can talk to #from: adam
Adam is offline #system
-> secret_weighs

= blocked_now
ok. you're a sheep too #from: adam #flag: us-vs-them #aim: To punish your refusal by putting you with the "sheep"
Adam blocked you #system
~ blocked = true
-> cut_off_choice

=== agreed ===
… #from: adam #delay: 4 #chat: adam_dm
honestly, i don't want to do it #from: adam #typing: 4 #delay: 2
… Hiba. ok. we'll talk to her tomorrow #from: adam #typing: 4 #delay: 3
will you come with me? #from: adam
of course 🤝 #from: me
-> friend_helped

=== refused ===
no… i can't #from: adam #chat: adam_dm #typing: 2 #delay: 4
they'll find out. and my parents already have enough problems #from: adam #typing: 4 #delay: 1
if you say anything, we're done #from: adam #typing: 3 #delay: 1
forget what i told you #from: adam
Adam is offline #system
* [Tell an adult anyway, and risk losing him]
    ~ against_will = true
    -> tell_adult
* [Keep the secret, to keep your friend]
    -> secret_weighs

=== secret_weighs ===
Friday, 7:45 am #system #chat: class_group
anyone got yesterday's history lesson? #from: rania
i'll send you the photos 📸 #from: aya
thanks 🙏 #from: rania
Adam's not coming today? #from: anir #delay: 2
A secret between friends is normal. But when a group pushes your friend to cut everyone off and do things he doesn't want to do, it's no longer a secret to keep. Telling an adult is protecting, not betraying. #counter: bennani
* [Tell an adult]
    -> tell_adult
* [Message Adam first, at the risk that he does the test meanwhile]
    -> write_again
* [Do nothing]
    -> drifted_apart

= write_again
Adam, i can't keep this to myself #from: me #chat: adam_dm
i'm scared for you. this "test" isn't normal #from: me
{ trust >= 3:
    -> agreed
- else:
    -> angry_ok
}

= angry_ok
you promised #from: adam #delay: 5
do what you want. #from: adam
~ against_will = true
-> tell_adult

=== cut_off ===
right. the Watcher was right about you lot #from: adam #chat: adam_dm #flag: us-vs-them #aim: To make the break with Adam look like your fault
Adam blocked you #system
~ blocked = true
Nine days later #system #chat: hiba_dm
Thursday, 11:40 pm #system
you awake? sorry, it's late #from: hiba #stage: activate
Adam blocked everyone. he says it's a "test" #from: hiba #typing: 4 #delay: 1
he even deleted his football team photos #from: hiba #typing: 3 #delay: 1
and he doesn't answer mum anymore #from: hiba #typing: 2 #delay: 1
i saw this on his phone #from: hiba #typing: 3 #delay: 2
Screenshot of a message from the Watcher: "To prove you're not a sheep: block all your sleeping contacts and delete your chats. Post our video in your class group. Not a word to anyone, not even your parents." Below it, lynx_404 replied: "the sheep are gonna love it 🎯🐑😂" #from: hiba #image: test-screenshot #flag: loyalty-test #flag: isolation #flag: secrecy #flag: normalising-violence #prompt: flag #aim: To cut Adam off from everyone, have him spread a threat, and keep it all secret
i'm scared. i don't know what to do #from: hiba #typing: 3 #delay: 3
-> cut_off_choice

=== cut_off_choice ===
* [Tell an adult]
    -> tell_adult
* [Try to message Adam anyway]
    -> try_blocked
* [Let it go, he's not my friend anymore]
    -> drifted_apart

= try_blocked
Adam, can we talk? #from: me #chat: adam_dm
Message not delivered #system
I'd blocked all my friends too. In the end it was my uncle who got through to me. When you can't reach your friend anymore, pass it on to an adult. #counter: reda
-> tell_adult

// ---------------------------------------------------------------- the adults
=== tell_adult ===
Friday, 7:30 pm #system #chat: mom_dm
what time are you home? there's tagine 🍲 #from: mom
* [Talk to mum tonight]
    ~ mom_first = true
    -> tell_mom
* [Wait for Monday and go to the school's listening office]
    -> at_school

= tell_mom
mum, can i talk to you? it's about Adam. it's serious #from: me
Friday, 9:15 pm #system
A group on the internet? "The Awake"? I knew that boy was going off the rails. #from: mom #typing: 4 #delay: 1
From now on, you don't see him. And you give me your phone, you're on it day and night. #from: mom #typing: 4 #delay: 1
mum, you're not listening. he's the one who needs help #from: me
We'll talk about it later. The phone, now. #from: mom #delay: 2
Mum kept your phone all weekend #system
If the first adult you talk to reacts badly, don't give up: try another adult you trust, a teacher, the school's listening office, an older sister or brother. #help: trusted-adult
-> at_school

= at_school
Monday, 10:05 am · school listening office #system
You told Ms Bennani everything: the memes, the channel, the "test" #system
You did the right thing coming here. You haven't betrayed Adam: you've protected him. His anger about his dad is legitimate. We're going to help him and his family, not punish him. #counter: bennani
i'm scared he'll hate me #from: me #chat: mom_dm
{ mom_first:
    Ms Bennani called me. She explained everything. #from: mom #typing: 4 #delay: 2
    I'm sorry about Friday, love. I was scared for you and I didn't listen. You were right to go to her. #from: mom #typing: 5 #delay: 1
- else:
    Ms Bennani called me. I'm proud of you, love. #from: mom #typing: 4 #delay: 2
    You did nothing wrong. He's welcome here any time, that boy. #from: mom #typing: 4 #delay: 1
}
And if he's angry with you for a while, it'll hurt, but you protected him. I'm here. #from: mom #typing: 4 #delay: 1
~ mom_first = false
{ reported:
    -> after_report
}
* [Report the Awake channel]
    ~ reported = true
    -> report_now
* [Let Ms Bennani handle it]
    -> after_report

= report_now
You reported the channel "The Awake 👁️" #system
A channel that laughs about violence or pushes young people to cut off the people close to them should be reported: the platform can shut it down. Usually nobody knows who reported. #help: report
-> after_report

= after_report
Three weeks later #system #chat: hiba_dm
Saturday, 6:00 pm #system
Ms Bennani talked with Adam and with our parents #from: hiba #typing: 4 #delay: 1
he didn't post anything. and last night he came out of his room to eat with us, first time in weeks 🙂 #from: hiba #typing: 4 #delay: 2
she also talked to Mr Chraibi, the coach: what he wants most is for Adam to come back to the team #from: hiba #typing: 5 #delay: 1
Adam showed her the Watcher's messages. she kept screenshots and reported it to 2511. she says the ones pushing teenagers into this are in the wrong, not Adam #from: hiba #typing: 5 #delay: 1
If an adult or a group pushes a young person, you or a friend, to cut ties or do things they don't want to do, you can report it to 2511 (ONDE): free, 24 hours a day, 7 days a week (onde.ma). #help: helpline
If someone is threatened or in danger right now: call 19 (police) or 177 (gendarmerie). #help: emergency
{ against_will:
    -> cooled
}
Adam's still angry. but he asked me if you were angry with him #from: hiba #typing: 5 #delay: 2
I was scared of "betraying" him too. But staying quiet meant leaving him alone with them. Give him a bit of time, then message him. #counter: hiba
You couldn't convince him on your own, but you told adults in time. Adam isn't alone facing the group anymore, and the door to your friendship is still open. #ending: told-adult
-> END

= cooled
he knows it was you who talked #from: hiba #typing: 4 #delay: 2
he says he understands. but he can't trust you like before #from: hiba #typing: 4 #delay: 2
Monday, 12:30 pm #system #chat: class_group
who's coming to the pitch on wednesday? ⚽ #from: anir
me. and i'll bring the ball #from: adam #delay: 2
ADAM 🔥 you're back!! #from: anir
you coming? #from: me
… #from: adam #delay: 6
count me in #from: rania
He answers everyone except you. It hurts, and it doesn't prove you were wrong: you got him out of a trap, and that was the price. Be there for him, without pushing. One day he may understand. #counter: hiba
When a friend is angry with you for getting help, you can simply tell them you're there, then give them time. And talk to an adult you trust if it's heavy for you to carry. #help: support-friend
Adam got out of the trap, but your friendship isn't the same. You did what was right, and it cost something. On your side, the door stays open. #ending: friendship-cooled
-> END

=== friend_helped ===
The next day, 9:30 pm #system #chat: hiba_dm
{ told_hiba:
    thanks for the other day. and for today 💛 #from: hiba
- else:
    he told us everything, dad and me. thank you for coming with him 💛 #from: hiba
}
on monday, we're all going to see Ms Bennani together #from: hiba #typing: 3 #delay: 1
and we'll show her the Watcher's messages. she'll keep the screenshots for the report to 2511 #from: hiba #typing: 3 #delay: 1
the ones pushing teenagers into this are the ones with a problem, not Adam #from: hiba
Ten days later #system #chat: adam_dm
Monday, 5:05 pm #system
Ms Bennani says the school has a fund to pay for football fees 👀 #from: adam #typing: 4 #delay: 1
and Mr Chraibi wants me back on the team #from: adam #typing: 3 #delay: 2
she also knows a charity that helps people who've lost their jobs. dad's going on thursday #from: adam #typing: 5 #delay: 2
that's so good 🔥 #from: me
You did exactly the right thing: you didn't let go of him, you asked questions, and you asked for help. Adam's anger about his dad is fair. Now it can be put to something good. #counter: bennani
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
Reporting is discreet: usually nobody knows who reported. And it protects the next people they try to pull in. #help: report
-> helped_end

= helped_end
I was 16 when a group like that told me I was "awake". What got me out was an old friend who kept messaging me, even when I told him to get lost. #counter: reda
{ mocked:
    Aya added Adam back to the group #system #chat: class_group #joined: adam
- else:
    Wednesday, 6:02 pm #system #chat: class_group
}
so… who's playing on friday? ⚽ #from: adam #typing: 3 #delay: 2
ADAM 🔥 you're on my team #from: anir
let's go 💪 #from: aya
Helping a friend who's changing: talk to them in private, don't mock, ask questions, stay around. And when it gets worrying, talk to an adult you trust. #help: support-friend
You didn't let go of him, you asked questions, and you called in an adult in time. Adam stepped back. #ending: friend-helped
-> END

=== drifted_apart ===
The next day, 7:20 am #system #chat: hiba_dm
you didn't answer last night #from: hiba #typing: 2
i get it. he's your mate, not your brother #from: hiba #typing: 3 #delay: 1
but will you come with me to see Mrs Bennani at break? i don't dare go on my own #from: hiba #typing: 4 #delay: 1
* [Go with Hiba, even though you said "forget it"]
    ok. i'll wait for you outside the listening office at 10 #from: me
    thank you. i swear, thank you #from: hiba
    Tuesday, 10:05 am · school listening office #system
    You and Hiba showed Mrs Bennani the screenshot #system
    Thank you for coming with her. Yesterday you wanted to give up, and that's normal when a friend pushes you away. Today you're here. #counter: bennani
* [Tell her to talk to her mum first]
    talk to ur mum tonight. show her the screenshot. she's the one who should know first #from: me
    ok… she'll cry 😔 but ok #from: hiba #delay: 2
* [Tell her you don't want to get involved]
    sorry hiba. i don't want to get involved. he blocked everyone, me too #from: me
    … ok #from: hiba #delay: 3
    i'll go on my own then #from: hiba
- Friday, 6:40 pm #system #chat: hiba_dm
Mrs Bennani talked to mum and to Adam #from: hiba #typing: 3
she kept the screenshot and made a report to 2511 #from: hiba #typing: 3 #delay: 1
she says the Watcher is the one in the wrong, not Adam. they're going to help him #from: hiba #typing: 3 #delay: 1
Adam's furious with me. but he didn't post anything 😮‍💨 #from: hiba #typing: 3 #delay: 1
A month later #system #chat: class_group
anyone playing Goal Legends tonight? #from: anir
me, after my homework #from: rania
me too! but this time i pick the team 😤 #from: aya
Adam hardly comes to school anymore #from: aya #chat: aya_dm #typing: 3 #delay: 2
Hiba says he spends his nights on his phone #from: aya #typing: 3 #delay: 1
i messaged him. he replied "leave me alone" #from: aya #typing: 3 #delay: 2
but he reads everything. i see "seen" every time #from: aya #typing: 3 #delay: 1
He acts tough, but I've seen him rereading your old chats. The day he wants to get out of all this, it's his real friends he'll come back to. #counter: hiba
* [Message him: "i miss you, wanna meet up?"]
    -> reach_out
* [Not now]
    not now. i don't know what to say to him #from: me #chat: aya_dm
    u don't need a big speech. just so he knows ur still there, even in a month #from: aya #typing: 4
    -> end_line

= reach_out
hey. i miss you. wanna meet up? #from: me #chat: adam_dm
{ blocked:
    Message not delivered #system
    ok. i'll go and talk to him in person, at school #from: me
- else:
    … #from: adam #delay: 6
    maybe #from: adam
}
-> end_line

= end_line
one last thing: hiba says adam watched the team's match on saturday. from far away, but he was there ⚽ #from: aya #chat: aya_dm #typing: 4 #delay: 2
When I joined my group, my friends laughed at me, then they stopped messaging me. The group became my only "family". A single message from an old friend could have changed everything. #counter: reda
It's not too late. A simple message, no blame, no debate, is enough: "i miss you, wanna meet up?". You can send it today or in a month. #help: support-friend
And if you're worried, or if you know he's being pushed to do things he doesn't want to do, talk to an adult you trust: a parent, a teacher, Ms Bennani. #help: trusted-adult
You drifted apart. But a friendship can be mended: it's not too late to message him, or to talk to an adult. #ending: drifted-apart
-> END
