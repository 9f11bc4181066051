// «صاحبي تبدّل» (المعرّف: my-friend)
// اللاعب شاهد: صديقه المقرّب آدم ينجذب إلى مجموعة مؤامرات خيالية،
// «الفايقين» (الرمز: عين مفتوحة داخل دائرة 👁️). كل شيء مُختلَق.
// أساليب بجرعات مخفّفة، دون عقيدة ودون أي محتوى عملياتي.

VAR trust = 1
VAR laughed = false
VAR mocked = false
VAR reported = false
VAR told_hiba = false
VAR blocked = false

-> group_chat

=== group_chat ===
#chat: class_group
الخميس، 18:40 #system
شي حد دار التمرين 4 ديال الماط؟؟ #from: anir
لا، معرفتش حتى شمن واحد 😭 #from: rania
صفحة 112، ديال المثلثات #from: aya
قطّ نائم على دفتر رياضيات مفتوح. النص: «أنا قدام التمرين 4» #from: rania #image: cat-homework
ههههههه هادا أنا بالضبط 😂 #from: anir
الليلة كاين الماتش مع 8، شكون غادي يتفرج؟ #from: aya
أنا!! ⚽🔥 #from: anir
ميم: خرفان جالسة في صفوف أمام تلفاز. النص: «نتوما ملي التلفزة كتقول ليكم آش تفكرو 🐑📺» #from: adam #image: sheep-tv #flag: us-vs-them #stage: target #delay: 3
اللي ناعسين ما غاديش يفهمو 😴 #from: adam
قلّبو على «الفايقين» 👁️ هوما على الأقل كيقولو الحقيقة #from: adam #flag: disinformation
شنو هاد الشي ههه #from: anir
كلشي مزوّر أ خويا. المدرسة، التلفزة، الأخبار. كلشي. #from: adam #flag: disinformation #typing: 4
* ههههه عندو الصح 😂
    ~ laughed = true
    ~ trust += 1
    -> laugh_along
* واش بصح؟ 🤡 والأرض حتى هي مسطّحة؟
    ~ mocked = true
    ~ trust -= 2
    -> mock_public
* [لا تقل شيئًا]
    -> ignore_it
* [راسله على انفراد]
    ~ trust += 1
    -> write_private

=== laugh_along ===
أخيرا شي حد فاهم 😎 #from: adam
بركا عليكم بجوج 🙄 #from: rania
المهم. الماتش! #from: aya
نتا ماشي خروف بحال الآخرين 😎 #from: adam #chat: adam_dm #flag: us-vs-them
-> dm_trust

=== mock_public ===
😂😂😂 #from: anir
🤡🤡 #from: rania
آدم، ناسا كتسناك 🚀 #from: anir
ضحكو. غادي تشوفو قريب. #from: adam #delay: 3
غادر آدم المجموعة #system
أوبس… #from: rania
برافو عليكم 👏 #from: aya #delay: 2
شنو؟؟ غير كنضحكو 😅 #from: anir
غادي يرجع، راه غير زعفان #from: rania
المهم. الماتش مع 8، ما تنساوش #from: aya #typing: 3 #delay: 2
-> salma_talk

=== ignore_it ===
يالاه، الماتش! التوقعات؟ #from: aya
2-0 ساهلة #from: anir
1-1، حاسّة بيها #from: rania
الخميس، 20:47 #system
گوووووول ⚽🔥🔥 #from: anir
قلت ليكم 😎 #from: anir
هدّن راسك، راه غير الدقيقة 47 😂 #from: rania
الخميس، 23:52 #system
ميم: منبّه يرنّ بجانب رجل مرسوم يبتسم. النص: «النهار اللي غادي يفيقو فيه الخرفان… ولكن فات الفوت 😈» #from: adam #image: alarm-meme #flag: normalising-violence #delay: 3
حتى واحد ما جاوب؟ عادي، كاملين ناعسين 😴 #from: adam #flag: us-vs-them #delay: 5
-> salma_talk

=== write_private ===
سلام، واش لاباس عليك؟ #from: me #chat: adam_dm
باين عليك متوتر هاد الأيام #from: me
لاباس #from: adam #delay: 4
علاش كلشي كيسولني هاد السؤال ههه #from: adam
حيت كنعرفك أ خويا #from: me
-> dm_trust

=== salma_talk ===
الجمعة، 07:30 #system #chat: aya_dm
هاي 👋 #from: aya
كنكتب ليك فالخاص، ما بغيتش نهضر على هادشي قدام الناس كاملين #from: aya
{ mocked:
    داك 🤡 ديال البارح كان قاصح شوية على آدم، ياك؟ 😕 #from: aya
- else:
    ما حسّيتيش بلي آدم تبدّل هاد الأيام؟ #from: aya
}
باه تسرّح من الخدمة. المعمل تسدّ #from: aya #typing: 4
ماما عرفات من ماماه #from: aya
وهو ما كيهضر مع حتى واحد #from: aya #typing: 3 #delay: 1
* آه، ما كنتش عارف 😟 غادي نكتب ليه
    -> write_after_salma
* مممم، غير باغي يبان
    ~ trust -= 1
    -> salma_alone

=== write_after_salma ===
{ mocked:
    سلام. سمح ليا على البارح، داك 🤡 كان خايب #from: me #chat: adam_dm
- else:
    سلام خويا، لاباس؟ ولّينا ما كنهضروش بزاف #from: me #chat: adam_dm
}
ممم #from: adam #delay: 4
شنو بغيتي؟ #from: adam
غير بغيت نعرف كيف داير #from: me
-> dm_trust

=== salma_alone ===
واخا… أنا غادي نكتب ليه على أي حال #from: aya
ديما كان معانا، عاقل؟ #from: aya #typing: 3 #delay: 1
فالسادس ابتدائي، ملي تسرقات ليك البيكالة، قلّب معاك الحومة كاملة حتى لقيتوها #from: aya #typing: 4 #delay: 1
الجمعة، 21:10 #system #chat: adam_dm #stage: trust
آية كتبات ليا. عرفات على بابا #from: adam #typing: 3 #delay: 2
زوين، دابا الناس كاملين عارفين 🙃 #from: adam
ما تخافش عليا. لقيت ناس فالأنترنت كيسمعوني، أنا #from: adam #typing: 4 #delay: 2
تما كيحسّسوني بلي أنا كاين #from: adam
شوف شنو كتبو ليا #from: adam #typing: 2 #delay: 1
↪️ محوَّل من «الفايقين 👁️»: «هنا، عندك قيمة. برّا، راهم نساوك من زمان. حنا عمرنا ما كننساو شي حد.» #from: adam #flag: belonging #flag: isolation #prompt: flag
بحال شي عائلة حقيقية 👁️ #from: adam #flag: belonging #typing: 3 #delay: 1
ماشي بحالكم #from: adam #flag: us-vs-them #typing: 2 #delay: 2
* أنا ما نسيتكش، عارف
    ~ trust += 1
    -> answered
* [لا تردّ]
    -> no_answer

= answered
… #from: adam #delay: 4
إيه. غادي نشوفو #from: adam
آدم غير متصل #system
-> mom_text ->
-> isolate

= no_answer
آدم غير متصل #system #delay: 3
-> mom_text ->
-> isolate

=== mom_text ===
ما تنساش الساروت، غادي نرجع معطّلة الليلة 🔑 #from: mom #chat: mom_dm
وقول لآدم يجي يتعشى معانا هاد الويكاند، توحّشت داك الدري #from: mom
واخا ماما ❤️ #from: me
->->

=== dm_trust ===
صافي. شوف شنو صيفطو ليا #from: adam #chat: adam_dm #stage: trust #typing: 3 #delay: 2
↪️ محوَّل من «الفايقين 👁️»: «باك تسرّح من الخدمة؟ ماشي أزمة هادي. هوما اللي دارو هادشي. هوما اللي كيقرّرو شكون ياكل وشكون يبات فالزنقة.» #from: adam #flag: grievance #flag: disinformation #prompt: flag
كتبو ليا هادشي ملي حكيت ليهم على بابا #from: adam #typing: 4 #delay: 2
حتى واحد آخر ما سولني كيف داير. حتى واحد. #from: adam #typing: 4 #delay: 2
تما كيسمعوني. بحال شي عائلة #from: adam #flag: belonging #typing: 4 #delay: 1
* سمح ليا على باك 😟 كيف دايرين فالدار؟
    ~ trust += 1
    -> about_dad
* شكون هوما «هوما»؟ عندك شي مصدر؟
    -> asks_source
* خويا، هادو غير خرافات ديال المؤامرة
    ~ trust -= 1
    -> argues

= about_dad
لا. ماشي مزيان #from: adam #delay: 4
المعمل تسدّ فمارس. بقا فالدار نهار كامل، ولّى تقريبا ما كيهضرش #from: adam #typing: 5 #delay: 1
وأنا حبست الكرة مع الفرقة، الانخراط كان غالي #from: adam
وفالإعدادية بحال إلا ما كاينش. حتى واحد ما ردّ البال #from: adam #typing: 4 #delay: 2 #distress
أنا رديت البال. كون قلتي ليا #from: me
معرفت. كنت حشمان #from: adam #typing: 3 #delay: 3
ما كاين حشومة معايا، خويا. ونتا، صابر؟ بصح #from: me #checkin
ماشي بزاف. ولكن الهضرة كتريّح #from: adam #delay: 3
حين يقول صديقك إنه غير موجود في نظر أحد، لا تتركه وحده مع هذا الشعور: اسأله عن حاله، وتحدّثا مع شخص بالغ تثقان به. وتستمع Stop Silence أيضًا إلى الشباب عبر الدردشة، مجانًا ودون ذكر الاسم. #help: distress
-> invite

= asks_source
هوما. اللي لفوق. اللي كيقرّرو فكلشي #from: adam #typing: 4
قلّب بوحدك 👁️ كلشي كاين فالقناة #from: adam #flag: disinformation
chatapp.link/fayqin-truth #from: adam
رابط من القناة باش تبيّن بلي القناة عندها الصح؟ 🤔 #from: me
ههه نتا مقلق #from: adam
نتا ما شفتيش شنو دارو لبابا #from: adam #typing: 4 #delay: 2
تسرّح من الخدمة. المعمل تسدّ. وحتى واحد ما سوّق #from: adam
-> invite

= argues
آه؟ إذن حتى نتا ناعس #from: adam #flag: us-vs-them #typing: 3 #delay: 2
راهم كانو قالو ليا #from: adam
«صحابك غادي يضحكو عليك. عادي، راهم ناعسين. حنا اللي معاك» #from: adam #flag: isolation
بابا تسرّح من الخدمة وحتى واحد ما سوّق #from: adam
نتا باك باقي خدام. ما غاديش تفهم #from: adam #typing: 3 #delay: 2
هوما على الأقل كيفسّرو ليا علاش #from: adam #typing: 4 #delay: 1
-> invite

= invite
-> mom_text ->
صافي. نزيدك فالقناة؟ #from: adam #chat: adam_dm #typing: 3 #delay: 3
غادي تشوف بعينيك، كتحلّ ليك عينيك 👁️ #from: adam
* يالاه، بغيت نشوف
    -> channel
* لا شكرا. ولكن نتا، شنو اللي عاجبك تما؟
    ~ trust += 1
    -> why_there
* مستحيل، هادي شي طائفة
    ~ trust -= 1
    -> refuse_channel

=== channel ===
أضافك آدم إلى قناة «الفايقين 👁️» #system #chat: awake_channel
مرحبا بالجديد 👁️ هنا، حتى واحد ما منسي. #from: veilleur #flag: belonging #typing: 3 #delay: 1
برّا: الخرفان. هنا: الفايقين. ما كاينش شي وسط. #from: veilleur #flag: us-vs-them #typing: 3 #delay: 1
ميم: خروف كرتوني مرسوم على ظهره هدف. النص: «موسم الصيد قرّب يتحلّ 😂» #from: lynx #image: sheep-target #flag: normalising-violence #prompt: flag
😂😂😂 #from: adam
هادا غير ضحك. الخرفان عمرهم ما كيفهمو الضحك. #from: veilleur #flag: normalising-violence #typing: 3 #delay: 2
الأساتذة ديالكم، والديكم: ناعسين. ثيقو فالقناة، ماشي فيهم. #from: veilleur #flag: false-authority #flag: isolation #typing: 4 #delay: 1
* [غادر القناة]
    -> leave
* [أبلغ عن القناة]
    ~ reported = true
    -> report
* النكت ديالكم على الصيد ماشي ضاحكة
    -> speak_up

= leave
غادرتَ القناة #system
-> after_channel

= report
أبلغتَ عن قناة «الفايقين 👁️» #system
الإبلاغ يتمّ بتكتّم: في الغالب لا أحد يعرف من أبلغ. يمكنك أن تُبلغ عن قناة وأن تبقى صديقًا لآدم في الوقت نفسه. #help: report
غادرتَ القناة #system
-> after_channel

= speak_up
واو. خروف دخل بيناتنا 🐑 #from: veilleur #flag: us-vs-them #typing: 3 #delay: 1
آدم، هادا صاحبك؟ ختار صحابك مزيان. #from: veilleur #flag: isolation
أزالك الساهر من القناة #system
-> after_channel

= after_channel
{ speak_up:
    كان خاصك تقول هادشي قدام الناس كاملين؟ 😤 #from: adam #chat: adam_dm
- else:
    إيوا؟ شفتي؟ 👁️ #from: adam #chat: adam_dm
}
النكتة ديال الهدف… حسّستني بالقلق #from: me
ههه راه غير نكتة أ خويا 😂 #from: adam #flag: normalising-violence #typing: 3 #delay: 1
حتى عندنا، كلشي بدا بالنكت. «راه غير ضحك». وملي كتضحك على العنف بزاف، كتولّي ما بقيتيش كتشوفو. #counter: reda
-> isolate

=== why_there ===
تما، ملي كنحط شي حاجة، كيجاوبوني 30 واحد #from: adam #typing: 4 #delay: 1
هنا كنحط، حتى واحد ما كيجاوب #from: adam #typing: 3 #delay: 2
الساهر كيقول بلي أنا كنشوف الأمور واضحة كثر من الآخرين كاملين #from: adam #flag: flattery
وبلي عندي موهبة فالميمات. وبلي معايا القناة غادي تكبر #from: adam #flag: flattery #typing: 4 #delay: 1
أنا راني هنا، عارف؟ #from: me
آه… نتا ماشي بحالهم #from: adam
ولكن ماشي ديما كتكون #from: adam #typing: 3 #delay: 3
المهم. خليها #from: adam #delay: 2
آدم غير متصل #system
-> isolate

=== refuse_channel ===
واخا. إذن نتا بحال الآخرين #from: adam #typing: 3 #delay: 2
الساهر كان عندو الصح، الخرفان ما كيفهمو والو #from: adam #flag: us-vs-them
خليها #from: adam
آدم غير متصل #system
السبت، 01:12 #system
سمح ليا على قبيلة #from: adam #delay: 3
ماشي ضدك نتا #from: adam #typing: 2
غير تما، ملي كنهضر، كيجاوبوني #from: adam #typing: 4 #delay: 2
تصبح على خير #from: adam #delay: 2
-> isolate

=== isolate ===
الثلاثاء، 12:15 #system #chat: class_group #stage: isolate
شكون نقل درس علوم الحياة والأرض؟ ما فهمت والو فالرسم ديال القلب 😵 #from: rania
أنا، نصيفطو ليك فالليل #from: aya
شي حد عندو خبار آدم؟ ما جاش للكرة نهار الجمعة #from: rania #delay: 2
بلوكاني 🤷 #from: anir
قال عليا «خروف ناعس» ههه #from: anir
ماشي ضاحكة. راه ماشي لاباس #from: aya
سلام، أنا هبة، أخت آدم. ماماك عطاتني الرقم ديالك #from: hiba #chat: hiba_dm #typing: 4 #delay: 3
آدم ولّى كيسدّ على راسو فالبيت. كيقول بلي بابا وأنا «ناعسين» #from: hiba #typing: 5 #delay: 1
عارف شنو واقع؟ #from: hiba #typing: 2 #delay: 2
* آه… كيهضر على شي مجموعة فالأنترنت، «الفايقين». أنا قلقان عليه
    ~ told_hiba = true
    -> hiba_told
* ماعرفتش… ولّى كيهضر معايا قليل
    -> hiba_unsure
* ماشي شغلي، سمحي ليا
    -> hiba_not_mine

= hiba_told
شكرا حيت قلتي ليا 🙏 #from: hiba #typing: 2 #delay: 1
كنت خايفة تكون شي حاجة بحال هادي #from: hiba #typing: 3 #delay: 1
ما كتخونوش ملي كتهضر معايا، بالعكس راك كتهتم بيه. غادي نمشيو معاه بشوية، بلا ما نصدموه. الأهم هو تبقى حداه. #counter: hiba
-> adam_pulls_away

= hiba_unsure
واخا. إلا لاحظتي شي حاجة، كتب ليا، واخا؟ #from: hiba
وخلّي هادشي بيناتنا عافاك، ما بغيتوش يحسّ بلي كنتجسّسو عليه #from: hiba
-> adam_pulls_away

= hiba_not_mine
فاهماك. ماشي نتا اللي خاصك تهزّ كلشي #from: hiba
ديما كيهضر عليك، عارف. على الماتشات ديالكم فالحومة #from: hiba #typing: 3 #delay: 1
ولكن إلا شي نهار تقلقتي، أنا هنا #from: hiba
-> adam_pulls_away

=== adam_pulls_away ===
الثلاثاء، 21:03 #system #chat: adam_dm
سلام. خاصني نقول ليك شي حاجة #from: adam #typing: 3 #delay: 3
الساهر كيقول خاصنا نقطعو مع الخرفان #from: adam #flag: isolation #typing: 4 #delay: 2
اللي كيجبدونا للتحت. حتى العائلة #from: adam #flag: isolation #typing: 3 #delay: 1
العائلة الحقيقية ديالنا هي الفايقين #from: adam #flag: belonging #typing: 3 #delay: 1
إذن ماعرفتش… يمكن حتى نتا خاصني نخليك 😅 #from: adam #typing: 5 #delay: 3
* ونتا، شنو كتفكر؟ أنا ما بغيتش نخسرك
    ~ trust += 1
    -> stay
* صافي، سير عند الفايقين ديالك
    ~ trust -= 2
    -> go
* [اترك الرسالة دون ردّ]
    ~ trust -= 1
    -> seen

= stay
… #from: adam #delay: 3
حتى أنا #from: adam
ولكن كيقولو إلا شكّيت، معناها مازال ناعس #from: adam #flag: false-authority #typing: 4 #delay: 2
{ trust >= 1:
    -> the_test
- else:
    -> cut_off
}

= go
واخا. #from: adam #delay: 3
كيف بغيتي #from: adam #delay: 2
{ trust >= 1:
    -> the_test
- else:
    -> cut_off
}

= seen
واخا. فهمت 👁️ #from: adam #delay: 8
{ trust >= 1:
    -> the_test
- else:
    -> cut_off
}

=== the_test ===
الخميس، 23:14 #system #chat: adam_dm
فايق؟ #from: adam #stage: activate #delay: 2
نقدر نقول ليك شي حاجة؟ ولكن ما تقولها لحتى واحد #from: adam #typing: 4 #delay: 3
عطاوني «اختبار»، باش نبيّن بلي أنا فايق بصح #from: adam #flag: loyalty-test #prompt: flag #typing: 5 #delay: 2
خاصني نبلوكيكم كاملين. نتا، آية، هبة. ونمسح الميساجات ديالنا #from: adam #flag: isolation #flag: secrecy #typing: 4 #delay: 2
ونحط الفيديو ديالهم فمجموعة القسم، داك ديال الخرفان والهدف، وسميتي تحتو #from: adam #flag: loyalty-test #typing: 5 #delay: 2
فالأول كان غير نشارك الميمات. دابا هادشي. ومن بعد شنو غادي يكون؟ #from: adam #flag: escalation #typing: 4 #delay: 2
واحد منهم جاوب «الخرفان غادي يعجبهم الحال 🎯🐑😂» #from: adam #flag: normalising-violence #typing: 4 #delay: 2
والساهر قال: «ولا كلمة لحتى واحد. الفايق بصح كيعرف يسكت.» #from: adam #flag: secrecy #typing: 4 #delay: 2
إلا ما درتهاش، غادي يخرجوني. وما غادي يبقى عندي حتى واحد #from: adam #typing: 4 #delay: 3
{ laughed:
    نتا كنتي ضحكتي فالأول. نتا شوية منّا، ياك؟ #from: adam #typing: 4 #delay: 2
}
* شكرا حيت قلتي ليا. ماشي مجبور دير هادشي
    ~ trust += 1
    -> talk_it_through
* واخا ما نقول والو، وعد 🤐
    -> promised
* واش نتا حماق؟؟ 🤡
    ~ trust -= 2
    -> blocked_now

= talk_it_through
ونتا، واش باغي تديرها بصح؟ #from: me
ماعرفت #from: adam #delay: 4
إلا حطّيت هادشي، القسم كامل غادي يكرهني #from: adam #typing: 4 #delay: 1
ونبلوكي هبة… راها ختي #from: adam #typing: 3 #delay: 2
الفيديو ديالهم كيقول بلي الأساتذة كينعّسونا #from: adam #typing: 3 #delay: 2
ولكن الأستاذ الشرايبي، المدرب، قال ليا نرجع للفرقة ملي نقدر نخلّص الانخراط #from: adam #typing: 5 #delay: 1
غير خايف نرجع ما نسوى والو #from: adam #typing: 4 #delay: 4 #distress
نتا ماشي والو. نتا صاحبي من الابتدائي #from: me
والصاحب الحقيقي ما كيطلبش منك تبيّن والو #from: me
ودابا، الليلة، كيف داير بصح؟ أنا هنا #from: me #checkin
ماشي مزيان. ولكن فرحت حيت سولتيني #from: adam #delay: 3
حين يقول صديقك إنه يخاف أن يعود «لا شيء»، ابقَ بجانبه واسأله ببساطة عن حاله. وتحدّثا مع شخص بالغ تثقان به. وتستمع Stop Silence أيضًا إلى الشباب عبر الدردشة، مجانًا ودون ذكر الاسم. #help: distress
* نهضرو مع شي حد بجوج؟ هبة، ولا الأستاذة بناني؟
    { trust >= 3:
        -> agreed
    - else:
        -> refused
    }
* غادي نضطر نهضر مع شي كبير. ماشي باش نفضحك، باش نعاونك
    { trust >= 4:
        -> agreed
    - else:
        -> refused
    }
* [احتفظ بالسرّ]
    -> promised

= promised
شكرا بزاف 🙏 #from: adam
ما عندي غير نتا اللي نقدر نهضر معاه #from: adam
آدم غير متصل #system
-> secret_weighs

= blocked_now
واخا. حتى نتا خروف #from: adam #flag: us-vs-them
حظرك آدم #system
~ blocked = true
-> cut_off_choice

=== agreed ===
… #from: adam #delay: 4 #chat: adam_dm
بصراحة، ما باغيش نديرها #from: adam #typing: 4 #delay: 2
… هبة. واخا. نهضرو معاها غدا #from: adam #typing: 4 #delay: 3
تجي معايا؟ #from: adam
أكيد 🤝 #from: me
-> friend_helped

=== refused ===
لا… ما نقدرش #from: adam #chat: adam_dm #typing: 2 #delay: 4
غادي يعرفو. ووالديّا عندهم مشاكل كافيين #from: adam #typing: 4 #delay: 1
نسا داكشي اللي قلت ليك #from: adam
آدم غير متصل #system
* [تحدّث مع شخص بالغ رغم ذلك]
    -> tell_adult
* [احتفظ بالسرّ]
    -> secret_weighs

=== secret_weighs ===
الجمعة، 07:45 #system #chat: class_group
شي حد عندو درس التاريخ ديال البارح؟ #from: rania
غادي نصيفط ليك التصاور 📸 #from: aya
آدم ما جاش اليوم؟ #from: anir #delay: 2
السرّ بين الأصدقاء شيء عادي. لكن عندما تدفع مجموعةٌ صديقَك إلى قطع علاقته بالجميع وإلى فعل أشياء لا يريدها، لا يبقى سرًّا يجب كتمانه. أن تتحدث مع شخص بالغ يعني أن تحمي، لا أن تخون. #counter: bennani
* [تحدّث مع أمّك ومع الأستاذة بناني]
    -> tell_adult
* [راسل آدم أولًا]
    -> write_again
* [لا تفعل شيئًا]
    -> drifted_apart

= write_again
آدم، ما نقدرش نخبّي هادشي #from: me #chat: adam_dm
خايف عليك. هاد «الاختبار» ماشي عادي #from: me
{ trust >= 3:
    -> agreed
- else:
    -> angry_ok
}

= angry_ok
كنتي وعدتيني #from: adam #delay: 5
دير اللي بغيتي. #from: adam
-> tell_adult

=== cut_off ===
صافي. الساهر كان عندو الصح عليكم #from: adam #chat: adam_dm #flag: us-vs-them
حظرك آدم #system
~ blocked = true
الخميس، 23:40 #system
فايق؟ سمح ليا، الوقت معطّل #from: hiba #chat: hiba_dm #stage: activate
آدم بلوكا الناس كاملين. كيقول هادا «اختبار» #from: hiba #typing: 4 #delay: 1
حتى التصاور ديال فرقة الكرة مسحهم #from: hiba #typing: 3 #delay: 1
وما بقاش كيجاوب ماما #from: hiba #typing: 2 #delay: 1
شفت هادشي فالتيليفون ديالو #from: hiba #typing: 3 #delay: 2
لقطة شاشة لرسالة من الساهر: «باش تبيّن بلي ماشي خروف: بلوكي كاع الكونطاكطات الناعسين ومسح الميساجات ديالكم. حطّ الفيديو ديالنا فمجموعة القسم ديالك. وما تقول كلمة لحتى واحد.» وتحتها ردّ أحد الأعضاء: «الخرفان غادي يعجبهم الحال 🎯🐑😂» #from: hiba #image: test-screenshot #flag: loyalty-test #flag: isolation #flag: secrecy #flag: normalising-violence #prompt: flag
أنا خايفة. ما عرفتش آش ندير #from: hiba #typing: 3 #delay: 3
-> cut_off_choice

=== cut_off_choice ===
* [تحدّث مع أمّك ومع الأستاذة بناني]
    -> tell_adult
* [حاول مراسلة آدم رغم ذلك]
    -> try_blocked
* [اترك الأمر: «ما بقاش صاحبي»]
    -> drifted_apart

= try_blocked
آدم، نقدرو نهضرو؟ #from: me #chat: adam_dm
لم تُسلَّم الرسالة #system
حتى أنا كنت بلوكيت صحابي كاملين. فالأخير، خالي هو اللي قدر يوصل ليا. ملي ما بقيتيش تقدر توصل لصاحبك، دوّز الأمر لشي كبير تثيق فيه. #counter: reda
-> tell_adult

=== tell_adult ===
ماما، نقدر نهضر معاك؟ على آدم. راه الموضوع خطير #from: me #chat: mom_dm
أكيد أ عمري. أنا هنا ❤️ #from: mom #typing: 3 #delay: 1
نهضرو وجها لوجه، واخا؟ بغيت نسمع ليك مزيان، ماشي فالميساجات #from: mom #typing: 4 #delay: 1
في اليوم التالي، 08:10 #system
شكرا حيت حكيتي ليا كلشي. غادي نمشيو عند الأستاذة بناني جميع هاد الصباح #from: mom #typing: 4 #delay: 1
لم تخن آدم، بل حميتَه. غضبه بسبب والده مشروع، وسنساعده هو وعائلته، ولن نعاقبه. #counter: bennani
{ reported:
    -> after_report
}
* [أبلغ عن قناة الفايقين]
    ~ reported = true
    -> report_now
* [اترك الأمر للأستاذة بناني]
    -> after_report

= report_now
أبلغتَ عن قناة «الفايقين 👁️» #system
القناة التي تسخر من العنف أو تدفع الشباب إلى قطع علاقاتهم بعائلاتهم وأصدقائهم يجب الإبلاغ عنها: يمكن للمنصة إغلاقها. في الغالب لا أحد يعرف من أبلغ. #help: report
-> after_report

= after_report
بعد بضعة أيام #system #chat: hiba_dm
الأستاذة بناني هضرات مع آدم ومع والدينا #from: hiba #typing: 4 #delay: 1
ما حطّ والو. والبارح فالليل خرج من بيتو وتعشّى معانا، هادي سيمانات ما دارها 🙂 #from: hiba #typing: 4 #delay: 2
وهضرات حتى مع الأستاذ الشرايبي، المدرب: كثر حاجة بغاها هي يرجع آدم للفرقة #from: hiba #typing: 5 #delay: 1
آدم وراها الميساجات ديال الساهر. دارت ليهم سكرينات وبلّغات للرقم 2511. كتقول اللي كيدفعو الدراري لهادشي هوما اللي غالطين، ماشي آدم #from: hiba #typing: 5 #delay: 1
آدم مازال زعفان. ولكن سولني واش نتا زعفان منو #from: hiba #typing: 5 #delay: 2
حتى أنا كنت خايفة «نخونو». ولكن السكات كان معناه نخليوه بوحدو معاهم. عطيه شوية ديال الوقت، ومن بعد كتب ليه. #counter: hiba
إذا كان شخص بالغ أو مجموعة تدفع قاصرًا، أنت أو صديقك، إلى قطع علاقاته أو إلى فعل أشياء لا يريدها، يمكن الإبلاغ عن ذلك على الرقم 2511 (المرصد الوطني لحقوق الطفل): مجاني، 24 ساعة في اليوم و7 أيام في الأسبوع (onde.ma). #help: helpline
إذا كان شخص ما مهدَّدًا أو في خطر الآن: اتصل بالرقم 19 (الشرطة) أو 177 (الدرك الملكي). #help: emergency
لم تستطع إقناعه وحدك، لكنك أخبرتَ أشخاصًا بالغين في الوقت المناسب. لم يعد آدم وحيدًا أمام تلك المجموعة، وباب صداقتكما ما زال مفتوحًا. #ending: told-adult
-> END

=== friend_helped ===
في اليوم التالي، 21:30 #system #chat: hiba_dm
{ told_hiba:
    شكرا على داك النهار. وعلى اليوم 💛 #from: hiba
- else:
    حكا لينا كلشي، لبابا وليا. شكرا حيت مشيتي معاه 💛 #from: hiba
}
نهار الاثنين غادي نمشيو كاملين عند الأستاذة بناني #from: hiba #typing: 3 #delay: 1
ونوريوها الميساجات ديال الساهر. اللي كيدفعو الدراري لهادشي هوما اللي فيهم المشكل، ماشي آدم #from: hiba
الاثنين، 17:05 #system #chat: adam_dm
الأستاذة بناني كتقول بلي الإعدادية عندها صندوق باش تخلّص الانخراط ديال الكرة 👀 #from: adam #typing: 4 #delay: 1
والأستاذ الشرايبي بغاني نرجع للفرقة #from: adam #typing: 3 #delay: 2
وكتعرف حتى جمعية كتعاون الناس اللي تسرّحو من الخدمة. بابا غادي يمشي نهار الخميس #from: adam #typing: 5 #delay: 2
لقد فعلتَ تمامًا ما يجب: بقيتَ إلى جانبه، وطرحتَ الأسئلة، وطلبتَ المساعدة. غضب آدم بسبب والده غضبٌ مشروع، ويمكنه الآن أن يتحوّل إلى شيء جيد. #counter: bennani
خرجت من القناة #from: adam #typing: 3 #delay: 3
{ reported:
    -> helped_end
}
* [أبلغ عن القناة مع آدم]
    ~ reported = true
    -> report_together
* [اترك الأمر للأستاذة بناني]
    -> helped_end

= report_together
أبلغتما عن قناة «الفايقين 👁️» #system
الإبلاغ يتمّ بتكتّم: في الغالب لا أحد يعرف من أبلغ. وهو يحمي الأشخاص الذين سيحاولون استدراجهم لاحقًا. #help: report
-> helped_end

= helped_end
كان عندي 16 عام ملي شي مجموعة بحال هادي قالت ليا بلي أنا «فايق». اللي خرّجني من تما هو صاحب قديم بقا كيكتب ليا، حتى ملي كنت كنطردو. #counter: reda
{ mocked:
    أعادت آية إضافة آدم إلى المجموعة #system #chat: class_group
- else:
    الأربعاء، 18:02 #system #chat: class_group
}
إيوا… شكون غادي يلعب نهار الجمعة؟ ⚽ #from: adam #typing: 3 #delay: 2
آدم 🔥 نتا معايا فالفرقة #from: anir
مساعدة صديق يتغيّر: تحدّث معه على انفراد، دون سخرية، اطرح الأسئلة، وابقَ إلى جانبه. وعندما يصبح الأمر مقلقًا، تحدّث مع شخص بالغ تثق به. #help: support-friend
بقيتَ إلى جانبه، وطرحتَ الأسئلة، ولجأتَ إلى شخص بالغ في الوقت المناسب. آدم ابتعد عن تلك المجموعة. #ending: friend-helped
-> END

=== drifted_apart ===
بعد أسبوع #system #chat: class_group
شي حد غادي يلعب Goal Legends الليلة؟ #from: anir
أنا، من بعد الواجبات #from: rania
حتى أنا! ولكن هاد المرة أنا اللي غادي نختار الفرقة 😤 #from: aya
آدم ولّى تقريبا ما كيجيش للإعدادية #from: aya #chat: aya_dm #typing: 3 #delay: 2
هبة كتقول كيدوّز الليل كامل فالتيليفون #from: aya #typing: 3 #delay: 1
أنا كتبت ليه. جاوبني «خليني بوحدي» #from: aya #typing: 3 #delay: 2
ولكن كيقرا كلشي. كل مرة كيبان ليا بلي شاف الميساج #from: aya #typing: 3 #delay: 1
كيدير راسو قاصح، ولكن شفتو كيعاود يقرا الميساجات القدام ديالكم. النهار اللي يبغي يخرج من هادشي، غادي يرجع لصحابو الحقيقيين. #counter: hiba
* [راسله: «توحّشتك، نتلاقاو؟»]
    -> reach_out
* [ليس الآن]
    -> end_line

= reach_out
سلام. توحّشتك. نتلاقاو؟ #from: me #chat: adam_dm
{ blocked:
    لم تُسلَّم الرسالة #system
    صافي. غادي نهضر معاه وجها لوجه فالإعدادية #from: me
- else:
    … #from: adam #delay: 6
    يمكن #from: adam
}
-> end_line

= end_line
ملي دخلت للمجموعة ديالي، صحابي ضحكو عليا، ومن بعد حبسو ما بقاوش كيكتبو ليا. المجموعة ولّات هي «العائلة» الوحيدة ديالي. ميساج واحد من صاحب قديم كان يقدر يبدّل كلشي. #counter: reda
لم يفت الأوان. رسالة بسيطة تكفي، دون لوم ولا جدال: «توحّشتك، نتلاقاو؟». يمكنك إرسالها اليوم أو بعد شهر. #help: support-friend
وإذا كنت قلقًا، أو كنت تعلم أنهم يدفعونه إلى فعل أشياء لا يريدها، فتحدّث مع شخص بالغ تثق به: أحد والديك، أستاذ، أو الأستاذة بناني. #help: trusted-adult
ابتعدتما عن بعضكما. لكن الصداقة يمكن إصلاحها: لم يفت الأوان لتراسله، ولا لتتحدث مع شخص بالغ. #ending: drifted-apart
-> END
