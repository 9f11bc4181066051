// مثال قصير: يستعمل كل وسم في docs/authoring.md.
-> lobby

=== lobby ===
#chat: squad
أضاف يانيس Nox_77 إلى المجموعة #system
برافو عليكم أ الفريق 😄 #from: yanis
شاشة الفوز، 3 مقابل 0 #from: yanis #image: victory-screen
واو لعبتي بحال شي محترف 🔥 نتا أحسن واحد هنا بزاف #from: nox #flag: flattery #stage: target #typing: 2 #aim: إرضاؤك كي يبدأ الحديث بينكما
* شكرا 😅[] الفريق كامل لعب مزيان
    -> private_offer
* [لا تقل شيئًا]
    -> private_offer

=== private_offer ===
#chat: nox_dm
#stage: trust
حطيت ليك 500 كريدي فالحساب ديالك، هدية 🎁 #from: nox #flag: gifts #prompt: flag #aim: تقديم هدية لك ليصبح عليك دَين له
أجي للسيرفر الخاص ديالي، هنا ماشي آمن باش نهضرو #from: nox #flag: channel-switch #stage: isolate #delay: 1 #aim: أخذك إلى مكان لا يرى فيه أحد ما يقوله لك
وما تقول والو ليانيس، هادشي بيناتنا #from: nox #flag: secrecy #aim: فصلك عن صديقك وضمان كتمانك للسر
* [احظر Nox_77 وأبلغ عنه] -> blocked
* واخا جاي
    -> joined

=== blocked ===
لقد حظرت Nox_77 #system
مزيان درتي. هدية من واحد ما كتعرفوش، ومن بعد «ما تقول لحد»: هادشي بالضبط اللي خاصك تهضر عليه مع شي حد. #counter: lina
إذا أزعجتك رسالة، يمكنك التحدث مع شخص بالغ تثق به. #help: trusted-adult
حظرتَه، وتحدّثتَ مع أختك. #ending: blocked-and-told
-> END

=== joined ===
#stage: activate
عندك 10 دقايق باش تدخل، ولا راك برا ⏳ #from: nox #flag: urgency #aim: دفعك إلى القرار بسرعة، دون وقت لاستشارة أحد
* [اسأل لينا عن رأيها]
    كلشي بالزربة، وبغاه يبقى سر. الصاحب الحقيقي ما كيضغطش عليك هكا. #counter: lina
    -> left
* [ابقَ]
    -> left

= left
غادي نخرج من السيرفر ديالك، هادشي ما عجبنيش #from: me
الشخص البالغ الذي يقدّم هدايا لقاصر عبر الإنترنت ويطلب منه الكتمان، يمكن الإبلاغ عنه على الرقم 2511 (المرصد الوطني لحقوق الطفل): مجاني، 24 ساعة في اليوم و7 أيام في الأسبوع. #help: helpline
دخلتَ ثم خرجت، وتعرف الآن مع من تتحدث. #ending: joined-then-left
-> END
