// Les sœurs : une fille de 15 ans, une photo moquée, une influenceuse sur Lumo et un groupe de « sœurs » fictif,
// les Lily Sisters. Tout est inventé : Lumo, douceur.lys, le « Marché », les « vitrines », le « Jardin », la « Promesse »
// et la « Maison ». Dose affaiblie : aucun trajet, aucun argent, aucune organisation ; la « Promesse » reste un mot.
// La foi, la pudeur et la mosquée ne sont jamais le signal d'alerte : la mourchida est du côté de la joueuse.
VAR lost_meryem = false
VAR told_meryem = false
VAR honest_with_mama = false
VAR missed_birthday = false
VAR kept_screens = true

-> the_comments

// ---------------------------------------------------------------- semaine 1 : la photo
=== the_comments ===
#chat: meryem_dm
Dimanche, 23 h 40 #system
t'as vu sous ta photo du 3ers de ta cousine ?? #from: meryem
Ta photo au henné de ta cousine : robe verte, mains décorées au henné, grand sourire #from: meryem #image: henna-photo
les garçons de la classe ont commenté. « elle se prend pour une star » « trop maquillée » 🙄 #from: meryem
et ta tante de Rabat a écrit « hchouma, couvre-toi un peu » 💀 #from: meryem
l'année dernière j'avais mis un foulard sur une photo et les mêmes avaient écrit « mamie » #from: me
quoi que je fasse c'est mal #from: me
j'en peux plus. à quoi ça sert, de toute façon je serai jamais assez #from: me #distress
hey. stop #from: meryem #typing: 1
ça va vraiment ? dis-moi franchement, ana hna. je peux t'appeler maintenant #from: meryem #checkin
Si tu te sens mal ou seule, tu peux en parler à quelqu'un : une personne de confiance, ou Stop Silence, une écoute gratuite et anonyme par chat. #help: distress
* appelle-moi 3afak
    j'appelle 📞 #from: meryem
    Appel de 24 minutes avec Meryem #system
    merci d'avoir décroché. wallah ces garçons ils valent rien #from: meryem
* non ça va, mzyana. juste fatiguée
    wakha. mais demain je te garde une place à côté de moi, et tu me racontes #from: meryem
    et si ça va pas cette nuit tu m'écris. même à 3h 🤍 #from: meryem
* [Laisser en vu]
    je suis là hein. même à 3h 🤍 #from: meryem #delay: 4
- bonne nuit khti. t'es zwina sur cette photo, safi #from: meryem
et la photo, tu la laisses ? #from: meryem
* [La laisser en ligne]
    je la laisse. c'est MA photo #from: me
    voilà 💅 les commentaires, on s'en occupe demain #from: meryem
* [La supprimer]
    Tu as supprimé la photo #system
    dommage, elle était trop belle. mais c'est toi qui décides 🤍 #from: meryem
- -> the_video

=== the_video ===
#chat: lumo
Lundi, 00 h 35 · Lumo, la page « pour toi » #system
Vidéo de douceur.lys : une jeune femme en pull crème, lumière douce, un lys blanc dans un vase #from: lys #image: lys-video #stage: target
trop couverte, pas assez couverte. trop maquillée, pas assez. trop sérieuse, trop rigolote #from: lys #flag: grievance #aim: Réveiller ta fatigue face aux jugements des autres
quoi que tu fasses, ils te notent. dehors c'est le Marché, et toi t'es une vitrine #from: lys #flag: grievance #flag: us-vs-them #aim: Que le monde extérieur te paraisse un marché qui te juge
chez nous, t'es pas une vitrine. t'es une sœur 🤍 #from: lys #flag: belonging #aim: Te proposer une place de « sœur » contre tout ça
wallah c'est exactement ça 😭 #from: imane
ma mère me dit la même chose tous les jours 😩 #from: imane
je suis chez les Lily Sisters depuis 2 mois, meilleure décision de ma vie 🌸 #from: loubna
* [Liker et commenter « c'est tellement vrai »]
    c'est tellement vrai 🥲 #from: me
    toi t'as l'air d'une vraie. viens, on a un groupe pour les filles comme toi 🤍 #from: lys #flag: flattery #aim: Te flatter pour que tu entres dans leur groupe
* [Enregistrer la vidéo sans commenter]
    Tu as enregistré la vidéo #system
* [Fermer l'appli et essayer de dormir]
    Tu as fermé Lumo à 00 h 52 #system
    Le sommeil ne vient pas. Les commentaires sous ta photo tournent dans ta tête, et personne ne dit ce que tu ressens #system
- -> invitation

=== invitation ===
#chat: meryem_dm
Jeudi, 10 h 10 #system
imane elle t'a parlé à la récré ? elle a un nouveau groupe, elle parle que de ça 😂 #from: meryem
ouais. elle m'a montré une vidéo de douceur.lys #from: me
ah la fille au lys ? ma sœur la suit aussi. elle fait des vidéos sur la confiance en soi, c'est joli #from: meryem
bon. samedi c'est mon anniv 🎂 17 h chez moi, ma mère fait sa pastilla au poulet #from: meryem
tu viens hein ? bla bik c'est pas un anniv #from: meryem
évidemment 🎉 #from: me
yesss. ramène ton rire, c'est tout ce que je veux 😂 #from: meryem
au fait, j'ai signalé les comptes des garçons qui ont commenté ta photo. Lumo leur a envoyé un avertissement 💅 #from: meryem
imane_tc3 t'a ajoutée au groupe « Lily Sisters 🤍 » #system #chat: sisters
-> sisters_group

=== sisters_group ===
#chat: sisters
bienvenue sœur 🤍🤍🤍 #from: imane #stage: trust
bienvenue !! #from: kawtar
une nouvelle fleur sort du Marché. on est 1 200 maintenant 🌸 #from: lys #flag: belonging #aim: Te montrer que beaucoup de filles y sont, pour que tu restes
j'ai vu ta photo de profil. t'es trop belle, et t'as l'air intelligente en plus. c'est rare #from: loubna #flag: flattery #aim: Te faire plaisir pour ouvrir une conversation privée
ici personne te note. ici on te voit #from: loubna #flag: belonging #aim: Que le groupe te paraisse le seul endroit sans jugement
qlq1 a compris l'exo 4 de physique ? le plan incliné 😭 #from: kawtar
et voilà mon chat qui dort sur mes cahiers. il a fait mes devoirs mieux que moi #from: imane
* [Aider Kawtar pour l'exo 4]
    kawtar c'est la force × sinus de l'angle, fais le dessin d'abord #from: me
    ahhh bsa7a 🙏 t'es un génie #from: kawtar
* merci pour l'accueil 🤍
    de rien khti, t'es chez toi #from: imane
* [Lire sans écrire]
    Tu as lu les messages #system
- samedi 17 h, live spécial avec la Grande Sœur, seulement pour le groupe 🕯️ #from: loubna
celles qui sont là samedi, je les reconnaîtrai 😉 #from: loubna #flag: belonging #aim: Te donner envie de venir au direct pour compter à ses yeux
-> birthday_clash

=== birthday_clash ===
#chat: meryem_dm
Samedi, 16 h 40 #system
t'arrives ? la pastilla sort du four 😍 #from: meryem
* [Aller chez Meryem et laisser le téléphone dans le sac]
    j'arrive ! je suis en bas 🏃‍♀️ #from: me
    Tu as raté le live des Lily Sisters #system
    souffle les bougies avec moi, vite 🎂 #from: meryem
    Photo de groupe : six filles autour d'une pastilla, Meryem avec de la farine sur le nez #from: meryem #image: birthday-photo
* [Rester à la maison pour le live]
    ~ missed_birthday = true
    smhili, je peux pas venir. problème à la maison #from: me
    ah. ok #from: meryem #delay: 3
    on te garde une part de pastilla quand même #from: meryem
* [Aller chez Meryem et regarder le live en cachette]
    j'arrive, mais je reste pas longtemps #from: me
    Tu regardes le live dans la salle de bain de Meryem, le son coupé #system
    t'étais où ? on a soufflé les bougies sans toi 😕 #from: meryem
- -> loubna_writes

// ---------------------------------------------------------------- semaine 2 : la confiance
=== loubna_writes ===
#chat: loubna_dm
Une semaine plus tard #system
Mardi, 22 h 15 #system
salam khti 🤍 c'est Loubna. je m'occupe des nouvelles #from: loubna
{missed_birthday:
    t'étais là au live samedi. la Grande Sœur t'a remarquée, t'imagines ? #from: loubna #flag: flattery #aim: Te faire croire que la cheffe elle-même a fait attention à toi
- else:
    t'as même pas dit salam au live samedi. pas grave, je t'ai gardé le replay, juste pour toi #from: loubna
}
moi à 15 ans, c'était pareil. aujourd'hui j'en ai 23, mais je me souviens de tout #from: loubna
on commentait mes photos, on me comparait à mes cousines #from: loubna #flag: grievance #aim: Partager une blessure pour que tu lui confies les tiennes
personne m'a défendue. même pas ma mère. elle disait « qu'est-ce que les gens vont dire » #from: loubna #flag: grievance #aim: Semer l'idée que les mères ne protègent pas leurs filles
Un badge doré en forme de lys, avec écrit « sœur d'or » #from: loubna #image: gold-badge
je t'ai offert le badge d'or 🌸 normalement il faut trois mois. pour toi j'ai demandé une exception #from: loubna #flag: gifts #flag: flattery #aim: Te faire un cadeau spécial pour que tu lui doives quelque chose
* [Accepter le badge]
    Le badge d'or s'affiche sur ton profil #system
    il te va trop bien 😍 #from: loubna #flag: flattery #aim: Que tu t'attaches au badge, et à elle
* [Dire que c'est trop, que tu n'en veux pas]
    c'est gentil mais c'est trop. je préfère pas #from: me
    ok… les autres auraient pleuré de joie. je te le garde, au cas où 🤍 #from: loubna #flag: gifts #aim: Te faire culpabiliser d'avoir refusé son cadeau
- et ta mère à toi, elle est comment ? #from: loubna
* elle est gentille mais stricte
    gentille avec le Marché surtout. elle veut une vitrine bien propre, c'est tout #from: loubna #flag: isolation #aim: Que tu doutes de l'amour de ta mère
* elle comprend rien à ma vie
    je sais. elles ont été élevées par le Marché, elles peuvent pas comprendre #from: loubna #flag: isolation #aim: Te faire croire que ta famille ne peut pas te comprendre
* [Changer de sujet]
    on parle d'autre chose ? #from: me
    … ok 🙂 #from: loubna #delay: 4
    Un long moment sans réponse. Tu te demandes si tu l'as vexée #system
- nous on te comprend. on est ta vraie famille maintenant #from: loubna #flag: belonging #flag: isolation #aim: Que le groupe prenne la place de ta famille
-> mama_kitchen

=== mama_kitchen ===
#chat: mama_dm
Mercredi, 18 h 05 #system
Ma fille, ramène du pain en rentrant s'il te plaît. Et de la menthe. #from: mama
Ton père a appelé de Dakhla, il t'embrasse. Il rentre dans trois semaines, inchallah. #from: mama
Khalti Zineb passe dimanche. Elle a fait des cornes de gazelle pour toi 😄 #from: mama
wakha mama, bsa7a #from: me
Autre chose. Tu es tout le temps sur ton téléphone ces jours-ci, même à table. Tu parles avec qui ? #from: mama
* [Dire la vérité : un groupe de filles sur Lumo]
    ~ honest_with_mama = true
    un groupe de filles sur Lumo. elles parlent de confiance en soi, elles sont gentilles #from: me
    Des filles que tu connais ? Fais attention quand même. Et à table, le téléphone reste dans le salon. #from: mama
    mama wallah c'est rien 🙄 #from: me
* personne. des trucs de l'école
    D'accord. Mais à table, le téléphone reste dans le salon. #from: mama
- Et n'oublie pas le pain 🥖 #from: mama
-> sisters_nights

=== sisters_nights ===
#chat: sisters
Les jours suivants #system
🎤 Vocal du soir de la Grande Sœur : « Bonne nuit mes fleurs. Demain, le Marché va encore vous noter. Souriez, et revenez ici. » #from: lys #flag: us-vs-them #aim: Que le monde dehors te paraisse hostile, et le groupe ton refuge
j'ai eu 17 en maths 😭😭 je pleure #from: kawtar
bsa7a kawtar 👏👏 #from: imane
la Grande Sœur a dit que les notes c'est aussi le Marché. 17 ou 7, on s'en fiche 🙃 #from: loubna #flag: false-authority #aim: Que tu laisses tomber l'école sur la parole de la cheffe
bon moi je m'en fiche pas, j'ai passé 3 semaines dessus 😅 #from: kawtar
* bsa7a kawtar, t'as trop mérité 🎉
    merciii 🥹 #from: kawtar
    on applaudit les notes du Marché maintenant ? 🙃 #from: loubna #flag: loyalty-test #aim: Que soutenir une amie te paraisse une faute envers le groupe
* [Liker le vocal de la Grande Sœur]
    la Grande Sœur a vu ton like 🌸 #from: loubna #flag: flattery #aim: Que chaque petit geste pour le groupe te paraisse récompensé
* [Répondre à Meryem qui t'écrit en même temps]
    Tu ouvres la conversation avec Meryem #system
    regarde ce chat qui a peur d'un concombre hhhh #from: meryem #chat: meryem_dm
    hhhhh mort 😂 #from: me
- Jeudi, 23 h 10 #system #chat: sisters
celles qui répondent pas aux messages du soir en 10 minutes, c'est qu'elles sont encore dans le Marché #from: loubna #flag: loyalty-test #aim: Que le groupe prenne tes soirées et ton téléphone
-> family_film

=== family_film ===
#chat: mama_dm
Vendredi, 21 h 40 #system
Khalti Zineb est arrivée plus tôt ! Elle dort chez nous ce week-end 😄 Viens au salon, on regarde la série turque #from: mama
Dans le salon, Khalti Zineb t'a gardé la place à côté d'elle, sous la couverture. Mama a fait du thé #system
Vendredi, 22 h 05 #system #chat: sisters
🎤 Vocal du soir de la Grande Sœur : « Bonne nuit mes fleurs. Je compte celles qui sont là. » #from: lys #flag: loyalty-test #aim: Que tu répondes vite pour prouver que tu es là
🤍 #from: kawtar
🤍🤍 #from: imane
* [Répondre au groupe dans les 10 minutes]
    🤍 #from: me
    4 minutes 🌸 une vraie sœur #from: loubna #flag: flattery #aim: Te récompenser d'avoir fait passer le groupe avant ta famille
    Tu passes la fin de l'épisode sur ton téléphone. Khalti Zineb te regarde deux fois, sans rien dire #system
* [Laisser le téléphone dans ta chambre et finir l'épisode]
    Khalti Zineb pleure à la fin de l'épisode, Mama se moque d'elle, et tu ris jusqu'à en avoir mal au ventre #system
    Vendredi, 23 h 20 #system
    1 h 15 pour répondre ? 🙃 le Marché t'a reprise on dirait #from: loubna #flag: loyalty-test #aim: Te faire honte d'avoir passé la soirée en famille
    tout le groupe a vu que t'avais pas répondu 😬 #from: imane
- -> garden_invite

// ---------------------------------------------------------------- semaine 3 : le Jardin
=== garden_invite ===
#chat: loubna_dm
Deux semaines plus tard #system
Vendredi, 23 h 30 #system
khti. je peux te dire un truc ? #from: loubna #stage: isolate
le groupe Lily Sisters c'est bien, mais il est trop ouvert. y a des curieuses, des filles du Marché #from: loubna #flag: us-vs-them #aim: Te faire voir les autres filles comme des espionnes
les vraies sœurs, on parle dans le Jardin 🌿. un canal privé sur Lumo #from: loubna #flag: channel-switch #aim: T'emmener là où personne ne voit ce qu'on te dit
la Grande Sœur y parle à chacune. peu de filles y entrent. toi je t'ai choisie #from: loubna #flag: channel-switch #flag: flattery #aim: Que tu la suives en privé, fière d'avoir été choisie
et le Jardin, on en parle à personne. ni à ta mère ni à Meryem. elles comprendraient mal #from: loubna #flag: secrecy #flag: isolation #prompt: flag #aim: Que ta mère et Meryem ne sachent rien
* [Accepter l'invitation]
    -> garden_life
* pourquoi pas dans le groupe normal ?
    parce que dans le Marché, on écoute aux portes #from: loubna #flag: us-vs-them #aim: Que ta propre maison te paraisse pleine d'espions
    safi, réfléchis pas trop. l'invitation expire à minuit #from: loubna #flag: urgency #aim: Que tu dises oui vite, sans en parler à personne
    * * [Accepter l'invitation]
        -> garden_life
    * * [Refuser et quitter les Lily Sisters]
        -> walked_away
* [Refuser et quitter les Lily Sisters]
    -> walked_away

=== walked_away ===
#chat: loubna_dm
non merci. je préfère pas #from: me
Tu as quitté le groupe « Lily Sisters 🤍 » #system
ok. retourne dans le Marché alors. bonne chance, vitrine #from: loubna #flag: us-vs-them #delay: 3 #aim: Te blesser pour que tu regrettes d'avoir dit non
les sœurs t'auraient tout donné. tu t'en souviendras #from: loubna #flag: loyalty-test #aim: Te faire culpabiliser pour que tu reviennes
Le lendemain, 7 h 50 : trois comptes inconnus ont commenté ta photo de profil : « vitrine 🙃 » #system
Lundi, 10 h 05 #system #chat: meryem_dm
imane elle t'a ignorée toute la matinée ?? #from: meryem
oui. elle dit que je l'ai « trahie ». tout le groupe m'a bloquée #from: me
ça fait mal quand même, wallah. c'était gentil au début #from: me
et kawtar, elle m'écrit plus non plus. elle m'envoyait ses dessins tous les soirs #from: me
je sais. elles étaient gentilles, c'est pour ça que ça marchait #from: meryem
* [Lui raconter le Jardin]
    ~ told_meryem = true
    loubna, une grande de 23 ans, voulait m'emmener dans un canal secret. et que je dise rien à personne #from: me
    Un canal secret, et « dis rien à personne » ? C'est pas des sœurs, ça. Des sœurs, elles te cachent pas de ta mère. #counter: meryem
* j'ai plus envie d'en parler
    wakha. quand tu veux 🤍 #from: meryem
    Juste un truc : des vraies sœurs, elles te font pas choisir entre elles et ta famille. #counter: meryem
- mais imane, elle est encore dedans. elle a 15 ans comme nous #from: meryem
* [Le dire à Mama ce soir]
    -> walked_away_mama
* [Écrire d'abord à Imane]
    imane. loubna voulait que je garde un canal secret loin de ma mère. fais attention stp #from: me #chat: imane_dm
    Message non distribué : imane_tc3 t'a bloquée #system
    -> walked_away_mama

=== walked_away_mama ===
#chat: mama_dm
Lundi, 19 h 30 #system
mama, t'es où ? je peux te parler ce soir ? #from: me
Dans la cuisine. Viens, je fais du thé. #from: mama
Dans la cuisine, tu lui montres les vidéos, le groupe et les messages de Loubna #system
{honest_with_mama:
    C'est ce groupe de filles dont tu m'avais parlé ? Merci de revenir me le dire. #counter: mama
- else:
    Tu aurais pu me le dire avant. Mais tu me le dis maintenant, et ça compte. #counter: mama
}
* elles disaient que tu me comprendrais pas
    Peut-être que je ne comprends pas tout. Mais je préfère une fille qui me dit les choses à une fille qui se cache. #counter: mama
* les garçons de la classe se moquaient de ma photo
    C'est à eux d'avoir honte, pas à toi. Et ta tante de Rabat, je vais lui parler, moi 😤 #counter: mama
- et tata de Rabat avec son « couvre-toi »… et les garçons… j'en ai marre qu'on me note tout le temps #from: me #chat: mama_dm
Tu as raison d'en avoir marre. Ce n'est pas juste. #from: mama
Lundi prochain, je vais voir ton professeur principal pour ces commentaires. Pas pour te punir : pour que ça s'arrête. #from: mama
* merci mama. mais viens pas en classe hein 😅
    Promis, je passe par le bureau, personne ne me verra 😄 #from: mama
* non mama, ça va être pire
    Alors on en parle d'abord avec ta tante Zineb dimanche. On décide ensemble. #from: mama
- on fait quoi pour imane ? #from: me
Et ces comptes qui t'écrivent « vitrine », on fait des captures, et on les signale ce soir. Ensemble. #from: mama
Je connais la mère d'Imane, on va à la même mosquée. Je l'appelle demain, doucement, sans faire de scandale. #from: mama
Cette Loubna a 23 ans et elle demande à des filles de 15 ans de se cacher de leurs mères. On garde les captures, et demain j'appelle le 2511 pour demander conseil. C'est elle qui est en faute. Pas toi, pas Imane. #from: mama
Tu as fait des captures d'écran des messages de loubna.lys, puis tu as signalé le compte #system
* [« Tu vas le dire à Baba ? »]
    mama, tu vas le dire à baba ? #from: me #chat: mama_dm
    Ce soir, quand il appelle de Dakhla. Il va être fier de toi, tu vas voir. #from: mama
* [« Baba va crier ? »]
    mama, baba va crier ? #from: me #chat: mama_dm
    Ton père ? Il va vouloir prendre le premier avion pour te faire un câlin 😄 #from: mama
- hhhh wakha #from: me
Dix jours plus tard #system
Mercredi, 21 h 40 #system #chat: meryem_dm
ça va toi ? t'es trop calme en classe ces jours-ci #from: meryem
ça va. c'est bizarre le soir. avant j'avais 40 messages des sœurs, maintenant rien #from: me
normal, tu t'étais habituée. ça passe, wallah #from: meryem
demain on révise la physique à la médiathèque ? je ramène les msemen de ma mère 😋 #from: meryem
* wakha. mais c'est moi qui t'explique l'exo 3, pas l'inverse hhhh
    mdr vas-y prof. 16 h devant la porte #from: meryem
* [Lui avouer que tu relis encore les messages du groupe]
    je vais te dire un truc. le soir je relis encore les vieux messages des sœurs #from: me
    c'est grave ? #from: me
    non. t'as perdu des filles qui étaient gentilles avec toi. ça se relit, ça #from: meryem
    juste, si l'une d'elles te réécrit, tu me dis, wakha ? #from: meryem
- Jeudi, 23 h 05 #system #chat: imane_dm
imane_tc3 t'a débloquée #system
salam. c'est moi. je suis pas censée te parler #from: imane
mais tu me manques. la récré sans toi c'est nul #from: imane
loubna dit que tu peux revenir. juste tu t'excuses devant tout le groupe et tu dis à ta mère que c'était rien #from: imane #flag: loyalty-test #aim: Te faire payer ton retour par des excuses publiques et un mensonge à ta mère
sinon je dois plus te parler du tout. c'est la règle des sœurs #from: imane #flag: isolation #aim: Que la peur de perdre Imane te ramène dans le groupe
* imane, je reviens pas. mais toi et moi, on se voit sans le groupe ?
    sans le groupe… je sais pas. loubna dit qu'on parle pas aux filles du Marché #from: imane #delay: 2
    je dois y aller #from: imane
    imane_tc3 t'a bloquée #system
    je lui ai laissé une porte. elle a fermé. ça fait mal #from: me #chat: meryem_dm
    la porte reste ouverte de ton côté, c'est ça qui compte. elle s'en souviendra #from: meryem
* [Faire une capture et la montrer à Mama]
    Tu as fait une capture du message d'Imane, puis tu l'as montrée à Mama #system
    « s'excuser devant le groupe », « dire que c'était rien »… Ce n'est pas Imane qui parle. On lui fait peur pour qu'elle te ramène. #counter: mama
    elle va croire que je l'ai encore trahie #from: me #chat: mama_dm
    Tu ne la trahis pas. Tu la protèges, même si elle ne le voit pas encore. #from: mama
* [Ne rien répondre ce soir]
    imane ? t'as vu ? #from: imane #delay: 3
    imane_tc3 t'a bloquée #system
    je voulais pas répondre sous la pression… et maintenant elle est partie #from: me #chat: meryem_dm
    t'avais le droit de prendre ton temps, khti. répondre à minuit, c'est leur règle, pas la tienne #from: meryem
- Vendredi, 19 h 20 #system #chat: mama_dm
La mère d'Imane m'a rappelée. Elle a lu les messages de Loubna, et elle a gardé les captures elle aussi. #from: mama
Elle te dit merci. Et Imane n'a rien fait de mal, elle non plus : elle est tombée sur des gens qui savent faire peur. #from: mama
Deux semaines plus tard #system #chat: kawtar_dm
salut. c'est kawtar #from: kawtar
j'ai quitté les Lily Sisters moi aussi. la mère d'imane a parlé à la mienne 🙈 #from: kawtar
au début j'étais trop en colère. mais loubna voulait que je cache le Jardin à ma mère, c'est vrai #from: kawtar
imane, elle me parle plus non plus. elle dit qu'on est des vitrines 😔 #from: kawtar
je peux recommencer à t'envoyer mes dessins ? #from: kawtar
évidemment 🎨 tu m'as manqué #from: me
Un dessin au crayon : deux filles sur un banc de la cour, qui partagent des écouteurs #from: kawtar #image: bench-drawing
c'est nous deux. et meryem elle est hors cadre parce qu'elle bouge trop hhhh #from: kawtar
Si un groupe te demande de garder un canal secret loin de ta famille, parles-en à un adulte de confiance. Tu peux commencer par : « Je peux te montrer un truc ? » #help: trusted-adult
Garde des captures d'écran, puis bloque et signale le compte dans l'appli. #help: report
Tu as quitté le groupe avant le Jardin. Ça t'a coûté une place parmi elles, et Imane pour l'instant. Pas toi-même. #ending: left-early
-> END

// ---------------------------------------------------------------- le Jardin
=== garden_life ===
#chat: garden
Tu as rejoint « the garden 🌿 » #system
la voilà 🌿 bienvenue dans le Jardin #from: loubna
ici on se dit la vérité. nos mères ont été vendues au Marché, et elles veulent nous vendre pareil #from: lys #flag: us-vs-them #flag: isolation #aim: Que tu voies ta mère comme une menace
c'est prouvé : 9 filles sur 10 qui écoutent leur mère finissent malheureuses. personne te le dira à l'école #from: lys #flag: disinformation #aim: Te faire croire un faux chiffre pour t'éloigner de ta mère
la Grande Sœur sait ce qui est bon pour toi. mieux que ta mère, mieux que n'importe qui #from: loubna #flag: false-authority #aim: Que la cheffe compte plus que ta mère
première étape : le lys en photo de profil, pour que les sœurs te reconnaissent #from: loubna #flag: escalation #aim: Obtenir un premier signe public que tu es des leurs
* [Mettre le lys en photo de profil]
    Tu as changé ta photo de profil : un lys blanc #system
    voilà une vraie fleur 🌸 #from: loubna #flag: flattery #aim: Te récompenser pour que tu fasses le pas suivant
* [Dire que tu préfères garder ta photo]
    j'aime bien ma photo. je la garde #from: me
    une fleur qui a peur de fleurir… c'est triste 😔 #from: loubna #flag: loyalty-test #aim: Te faire honte d'hésiter
- deuxième étape : quitte le groupe de ta classe. c'est le Marché en plein #from: imane #flag: escalation #flag: isolation #aim: Te couper de ta classe, marche après marche
waw imane, déjà sœur de confiance 🌸 #from: loubna
* [Quitter le groupe de la classe]
    Tu as quitté « TC3 officiel 📚 » #system
    Trois filles de la classe t'écrivent en privé : « ça va ?? » « pourquoi t'as quitté ? » #system
* [Rester dans le groupe de la classe]
    je reste dans le groupe de la classe. y a les devoirs dedans #from: me
    les devoirs 🙃 ok. la Grande Sœur verra qui est vraiment avec nous #from: loubna #flag: loyalty-test #aim: Que tes devoirs paraissent une trahison
- Trois jours plus tard #system
-> meryem_worried

=== meryem_worried ===
#chat: meryem_dm
Lundi, 21 h 50 #system
tu sors plus, tu réponds plus qu'à minuit, et t'es tout le temps sur Lumo #from: meryem
{missed_birthday:
    et pour mon anniv, « problème à la maison »… ta mère m'a dit qu'il y avait pas de problème 😕 #from: meryem
}
t'as changé, wallah je m'inquiète #from: meryem
* [Lui raconter le Jardin, même si Loubna a dit de rien dire]
    ~ told_meryem = true
    y a un groupe, les Lily Sisters. et un canal privé, le Jardin. elles disent que nos mères sont contre nous, et que je dois rien dire à personne. même pas à toi #from: me
    merci de me le dire. je sais que c'était pas facile #from: meryem
    Un groupe qui dit « ta mère est contre toi » et « dis rien à Meryem » ? Il veut te garder toute seule. C'est pas de l'amitié. #counter: meryem
    * * mais avec elles, personne me note
        Je sais. Et ces garçons sous ta photo, c'était nul. Mais elles aussi, elles te notent : « vraie fleur », « fleur qui a peur »… #counter: meryem
    * * t'es sûre que c'est grave ?
        Jsp. Mais un secret qui te coupe de moi et de ta mère, moi ça me fait peur. #counter: meryem
    - - ma cousine Houda a vécu un truc pareil. si tu veux, je te la présente #from: meryem
* t'es jalouse, c'est tout. laisse-moi
    ~ lost_meryem = true
    jalouse ?? #from: meryem #delay: 2
    ok. je te laisse alors #from: meryem
    Six jours sans un message de Meryem. Depuis le primaire, c'est la première fois #system
* ça va, je suis juste fatiguée
    wakha. je te crois pas trop, mais wakha #from: meryem
    ma porte est ouverte. toujours 🤍 #from: meryem
- -> the_promise

// ---------------------------------------------------------------- semaine 4 : la Promesse
=== the_promise ===
#chat: loubna_dm
Une semaine plus tard #system
Mardi, 23 h 55 #system
khti. grande nouvelle 🤍 #from: loubna #stage: activate
un frère de la Maison, 26 ans, sérieux, a vu ton profil dans le Jardin #from: loubna #flag: escalation #aim: Te mettre en contact avec un adulte inconnu
il veut faire la Promesse avec toi. un engagement, comme un mariage, en visio avec les sœurs comme témoins #from: loubna #flag: escalation #aim: Te pousser vers un engagement d'adulte, bien trop grand pour toi
tes parents ont pas besoin de savoir. ils sont du Marché, ils casseraient tout #from: loubna #flag: secrecy #flag: isolation #prompt: flag #aim: Que tes parents ne puissent pas t'en empêcher
après la Promesse, la Maison t'attend. loin du Marché, pour toujours #from: loubna #flag: belonging #flag: isolation #aim: T'emmener loin de ta famille, pour toujours
jeudi, 23 h. si t'es une vraie sœur, tu diras oui #from: loubna #flag: loyalty-test #flag: urgency #aim: Que tu dises oui sous pression, sans le temps de demander de l'aide
et supprime cette conversation ce soir. on laisse rien traîner #from: loubna #flag: secrecy #aim: Effacer les preuves, pour que personne ne puisse t'aider
* [Faire des captures d'écran et les montrer à Mama]
    -> mama_reacts
* [Aller voir Lalla Latifa, la mourchida du quartier]
    -> mourchida_path
* oui… d'accord
    -> deep_path

// ---------------------------------------------------------------- Mama réagit mal, Khalti Zineb prend le relais
=== mama_reacts ===
#chat: mama_dm
mama, je peux te montrer un truc ? c'est important #from: me
Mercredi, 7 h 20, dans la cuisine : tu montres les captures à ta mère #system
Un homme ?! Un « mariage » ?! Tu parles à des hommes sur internet maintenant ? #from: mama #typing: 1
Hchouma ! Tu me fais honte. Supprime-moi cette application, bloque ces filles, et on n'en parle plus jamais. #from: mama
Et ton père ne doit rien savoir, tu m'entends ? Rien. #from: mama
mais mama c'est pas moi qui #from: me
Va à l'école. #from: mama
* [Garder les captures et écrire à Khalti Zineb]
    -> aunt_path
* [Tout supprimer comme Mama a dit]
    ~ kept_screens = false
    Tu as supprimé Lumo et toutes tes captures #system
    Mercredi, 17 h 30. Mama ne t'a pas reparlé de la journée. Jeudi 23 h, c'est demain #system
    -> aunt_path

=== aunt_path ===
#chat: zineb_dm
khalti, t'es occupée ? #from: me
Jamais pour toi, habibti. Qu'est-ce qui se passe ? #from: zineb
* [Tout lui raconter, y compris l'homme de 26 ans]
    y a des filles sur Lumo, un canal secret, et une Loubna qui veut que je fasse une « promesse » en visio avec un homme de 26 ans #from: me
    et mama a crié, elle dit que c'est moi la honte #from: me
* [Commencer par le groupe de filles, sans parler de l'homme]
    y a un groupe de filles sur Lumo. elles m'ont mise dans un canal secret. j'ai fait une bêtise, je crois #from: me
    Dis-moi tout. Je ne vais pas crier, promis. #from: zineb
    … y a aussi un homme de 26 ans. Loubna veut que je fasse une « promesse » en visio avec lui. en cachette #from: me
- Merci de me l'avoir dit. Écoute-moi bien : tu n'as rien fait de mal. #counter: zineb
{kept_screens:
    Envoie-moi les captures. Ne supprime rien : c'est la preuve. #from: zineb
    Tu as envoyé 9 captures d'écran à Khalti Zineb #system
- else:
    Ce n'est pas grave pour les captures. Donne-moi le nom du compte, on signale quand même. Et s'il t'écrit encore, tu me montres avant de bloquer. #from: zineb
}
* mais mama dit que c'est moi la honte
    La honte, c'est pour l'adulte qui écrit à une fille de 15 ans en cachette de ses parents. Pas pour toi. Jamais pour toi. #counter: zineb
* elles disaient que ma famille comprendrait rien
    On ne comprend pas tout, c'est vrai. Mais regarde qui te demande de te cacher de nous. Ça, c'est le signal. #counter: zineb
- Je vais appeler le 2511 tout à l'heure, c'est la ligne qui protège les enfants. Et s'ils insistent pour jeudi, on va au commissariat. #from: zineb
Ce que fait cette Loubna, et cet homme derrière, c'est grave. Une « promesse » avec une mineure, en secret : la loi protège les enfants contre ça. C'est EUX qui auront des comptes à rendre. Pas toi. #from: zineb
* ok. mais pas mama… elle va me tuer
    Ta mère a peur pour toi, et quand elle a peur, elle crie. Je la connais depuis que je suis née : je lui parle, moi. Toi tu viens juste prendre le thé. #from: zineb
* ok. tu restes avec moi quand tu appelles ?
    Je reste. On appelle ensemble, de chez moi. Viens dès que tu peux. #from: zineb
- Mercredi soir #system
Khalti Zineb m'a tout expliqué. Le 2511 nous a rappelées. Demain, on va à la police toutes les deux. #from: mama #chat: mama_dm
J'ai eu peur et j'ai crié sur la mauvaise personne. Pardon, ma fille. #from: mama
Tu es venue me voir en premier. Je ne l'oublierai pas. Et ton père, je lui parle ce soir, il sera de ton côté. #counter: mama
{kept_screens:
    Tu as bloqué et signalé loubna.lys et quitté « the garden 🌿 » #system #chat: loubna_dm
- else:
    Khalti Zineb a signalé loubna.lys avec le nom du compte que tu lui as donné #system #chat: zineb_dm
}
{lost_meryem:
    pardon pour l'autre jour. t'avais raison #from: me #chat: meryem_dm
    je lis. je te réponds quand je peux #from: meryem #delay: 4
- else:
    c'est fini. ma tante a appelé le 2511 #from: me #chat: meryem_dm
    wallah je suis fière de toi 🤍 samedi msemen chez moi #from: meryem
}
Si le premier adulte réagit mal, tu n'as rien fait de mal : essaie avec un autre adulte de confiance, une tante, un prof, la cellule d'écoute. #help: trusted-adult
Un adulte qui fait pression sur une mineure, veut une « promesse » en secret ou un rendez-vous : le 2511 (ONDE) protège les enfants, gratuit, 24 h/24. #help: helpline
Garde les captures d'écran, puis bloque et signale le compte. #help: report
{kept_screens:
    Ta mère a mal réagi d'abord. Tu as essayé quelqu'un d'autre, et ta tante a gardé les preuves et appelé le 2511. #ending: aunt-stepped-in
- else:
    Ta mère a mal réagi d'abord, et tes captures sont parties avec Lumo. Tu as essayé quelqu'un d'autre, et ta tante a signalé le compte et appelé le 2511. #ending: aunt-stepped-in
}
-> END

// ---------------------------------------------------------------- la mourchida
=== mourchida_path ===
{lost_meryem:
    -> mourchida_alone
- else:
    -> mourchida_with_meryem
}

= mourchida_with_meryem
#chat: meryem_dm
meryem. tu viens avec moi voir Lalla Latifa après l'école ? #from: me
la mourchida ? ma mère va à son cours le mercredi. elle est trop douce #from: meryem
c'est pour le groupe d'imane, sur Lumo ? #from: meryem
oui. y a une histoire de « promesse » avec un homme. j'ai peur #from: me
je viens. je lâche pas ta main #from: meryem
-> at_the_mosque

= mourchida_alone
#chat: meryem_dm
meryem je sais que tu m'en veux. je vais voir Lalla Latifa. je voulais juste que tu saches #from: me
… ok. fais attention à toi #from: meryem #delay: 3
-> at_the_mosque

= at_the_mosque
Mercredi, 17 h 15, dans la petite salle de la mosquée, après le cours des femmes #system
Entre, benti. Assieds-toi. Tu veux un verre de thé ? Ici, toutes les questions sont bienvenues. #counter: latifa
c'est à propos d'un mariage… enfin, d'une promesse #from: me
Une promesse ? Montre-moi, si tu veux. Prends ton temps. #counter: latifa
Tu lui montres le Jardin et le message sur la « Promesse » #system
Un mariage ne se fait jamais en cachette, ni par une vidéo, ni sans ta famille. Et à quinze ans, tu es une enfant que la loi protège. #counter: latifa
* elles disent que la Grande Sœur sait mieux que tout le monde
    Personne ne sait tout, benti. Ni moi, ni elle. Celle qui dit « moi seule » et « ne dis rien à ta mère », ce n'est pas une guide. #counter: latifa
* et si c'était moi qui avais mal fait ?
    Tu as été blessée, tu as cherché des sœurs. Ça, c'est humain. Celui qui profite de ta peine, c'est lui qui a fait le mal. #counter: latifa
- je peux continuer à venir à vos cours ? même avec mes questions bizarres ? #from: me
Surtout avec tes questions bizarres 😄 #counter: latifa
Ta foi, ta prière, ce que tu portes, tes questions : tout ça t'appartient. Le secret et la peur, ça leur appartient à eux. #counter: latifa
merci lalla #from: me
Tu hoches la tête. Lalla Latifa te ressert du thé #system
Maintenant, on appelle ta mère. Et ce que fait cet homme, on le signale au 2511 : c'est un adulte qui fait pression sur une mineure. C'est lui, et cette Loubna, qui devront rendre des comptes. Pas toi. #counter: latifa
* [Appeler Mama depuis le bureau de Lalla Latifa]
    Lalla Latifa m'a appelée. J'arrive, ne bouge pas ❤️ #from: mama #chat: mama_dm
* [Demander à Lalla Latifa de lui parler d'abord]
    Lalla Latifa m'a tout expliqué. Je viens te chercher. Je ne suis pas fâchée, ma fille. #from: mama #chat: mama_dm
- On a appelé le 2511 avec Lalla Latifa. Ils nous ont dit de garder toutes les captures. #from: mama
{honest_with_mama:
    Tu m'avais parlé de ce groupe, et moi je t'ai juste dit de poser ton téléphone. Pardon de ne pas avoir posé plus de questions. #counter: mama
- else:
    Je ne vais pas te demander pourquoi tu ne m'as rien dit. Je vais te demander comment je peux mieux t'écouter. #counter: mama
}
Tu as bloqué et signalé loubna.lys et quitté « the garden 🌿 » #system #chat: loubna_dm
{lost_meryem:
    ça s'est bien passé avec Lalla Latifa ? #from: meryem #chat: meryem_dm
    oui. pardon pour l'autre jour, meryem. vraiment #from: me
    … on se parle demain. ça me fait plaisir que tu m'écrives #from: meryem
- else:
    alors ? #from: meryem #chat: meryem_dm
    ma mère est venue. elles ont appelé le 2511 #from: me
    hamdoullah 🤍 Lalla Latifa elle m'a fait un clin d'œil en partant hhhh #from: meryem
}
Une mourchida, un imam, un prof ou la cellule d'écoute peuvent t'aider à y voir clair : tu peux simplement frapper à la porte. #help: trusted-adult
Quand un adulte pousse une mineure vers une « promesse » ou un « mariage » en secret, c'est au 2511 (ONDE) qu'on le signale. Gratuit, 24 h/24. #help: helpline
Garde les captures d'écran, puis bloque et signale le compte. #help: report
La mourchida a dit les choses clairement, ta mère est venue, et le 2511 a été prévenu. #ending: mourchida
-> END

// ---------------------------------------------------------------- le chemin profond
=== deep_path ===
#chat: loubna_dm
🤍🤍🤍 je le savais. t'es une vraie #from: loubna #flag: flattery #aim: Te récompenser pour te garder sur ce chemin
demain tu dis rien à personne. tu souris, tu fais tes devoirs, comme d'habitude #from: loubna #flag: secrecy #aim: Que tout paraisse normal, pour que personne ne s'inquiète
Tu as supprimé la conversation avec loubna.lys #system
Mercredi, 22 h 40 #system
{lost_meryem:
    tu me parles plus, je sais. mais ça c'est plus important que moi #from: meryem #chat: meryem_dm
    ma cousine Houda veut te parler. elle a été dans un groupe comme le tien. je vous mets en contact, et je dis rien, promis #from: meryem
- else:
    t'as l'air bizarre depuis ce matin. ma cousine Houda veut te parler #from: meryem #chat: meryem_dm
    elle a été dans un groupe comme ça. 5 minutes, 3afak #from: meryem
}
* [Accepter de parler à Houda]
    wakha. 5 minutes #from: me
* pas le temps, laisse-moi
    trop tard, je l'ai ajoutée hhhh. 5 minutes, c'est tout ce que je demande #from: meryem
- -> houda_talk

=== houda_talk ===
#chat: houda_group
Meryem t'a ajoutée à « Meryem, Houda et toi » #system
salut. je vais pas te faire la morale, promis #from: houda
à 16 ans, j'étais dans un groupe qui ressemblait au tien. pas le même nom, même musique #from: houda
au début c'était le seul endroit où je me sentais belle sans qu'on me note #from: houda
* nous c'est différent. elles me comprennent
    je disais exactement ça. « elles me comprennent ». c'était vrai, un peu. c'est ça le piège #from: houda
* [Lui demander comment elle est sortie]
    comment t'es sortie ? #from: me
    une nuit elles m'ont demandé un truc que j'aurais jamais pu dire à ma mère. et j'ai compris que c'était ça, le but depuis le début #from: houda
- Après, c'était le seul endroit tout court. Plus de copines, plus de famille. Juste elles, et leurs demandes. #counter: houda
elles t'ont parlé d'une « promesse » ? d'un frère ? #from: houda
* oui. jeudi à 23 h
    merci de me le dire. je sais ce que ça coûte #from: houda
* [Ne pas répondre]
    tu dis rien. je prends ça pour un oui #from: houda #delay: 4
- Une fille de 15 ans « promise » en visio à un homme adulte, en cachette : ce n'est pas un mariage. C'est un adulte qui fait pression sur une enfant. Lui est en faute. Toi non. #counter: houda
t'as rien fait de mal. on va le dire à ta mère. maintenant, ce soir #from: houda
{lost_meryem:
    je suis encore là, dans le groupe. je dis rien, je suis juste là #from: meryem
- else:
    je suis avec toi. on le fait ensemble #from: meryem
}
* [Appeler Mama maintenant, avec Houda en ligne]
    Appel à trois : toi, Houda et Mama #system #chat: mama_dm
* [Écrire à Mama et lui envoyer les captures]
    mama 3afak lis ça. j'ai besoin de toi #from: me #chat: mama_dm
    Tu as envoyé à Mama des captures du Jardin #system
- -> telling_mama

=== telling_mama ===
#chat: mama_dm
J'arrive dans ta chambre. Ne supprime rien. #from: mama
Merci, ma fille. Merci de ne pas être restée seule avec ça. #counter: mama
* je voulais juste qu'on arrête de me juger
    Je sais. Moi aussi je t'ai jugée, avec mes « qu'est-ce que les gens vont dire ». On va changer ça, toutes les deux. #counter: mama
* j'ai dit oui. j'ai honte
    Tu as dit oui sous la pression d'une adulte qui sait ce qu'elle fait. La honte n'est pas pour toi. #counter: mama
- Demain matin, on va au commissariat avec les captures, et j'appelle le 2511. Ceux qui préparent ça avec des filles de 15 ans, c'est eux qui ont des problèmes avec la loi. Pas toi. #from: mama
Tu as bloqué et signalé loubna.lys et quitté « the garden 🌿 » #system #chat: loubna_dm
Jeudi, 23 h. Ton téléphone est dans la chambre de Mama. Toi, tu regardes une série avec elle sur le canapé #system
Un mois plus tard #system
{lost_meryem:
    -> end_lost
- else:
    -> end_friend
}

= end_lost
je suis contente que tu sois sortie. vraiment #from: meryem #chat: meryem_dm
mais « jalouse »… ça m'a fait mal. j'ai besoin de temps #from: meryem
je comprends. je serai là quand tu seras prête. pardon 🤍 #from: me
… 🤍 #from: meryem #delay: 5
Si quelqu'un te met la pression pour une « promesse », un rendez-vous ou un secret envers ta famille, dis-le tout de suite à un adulte de confiance. #help: trusted-adult
Le 2511 (ONDE) protège les enfants contre les adultes qui les mettent en danger. Gratuit, 24 h/24. #help: helpline
En danger immédiat, appelle la police au 19. #help: emergency
Garde les captures d'écran, puis bloque et signale le compte. #help: report
Tu es sortie du Jardin. Meryem n'est plus là comme avant, et ça prendra du temps. Mais la porte n'est pas fermée, et tu n'es pas seule. #ending: lost-friend
-> END

= end_friend
samedi ciné ? c'est moi qui paie les popcorns 🍿 #from: meryem #chat: meryem_dm
et Houda vient. elle dit que t'es sa « petite sœur » maintenant. une VRAIE 😂 #from: meryem
hhhh wakha. merci pour tout khti #from: me
c'est ça les sœurs 🤍 #from: meryem
Si quelqu'un te met la pression pour une « promesse », un rendez-vous ou un secret envers ta famille, dis-le tout de suite à un adulte de confiance. #help: trusted-adult
Le 2511 (ONDE) protège les enfants contre les adultes qui les mettent en danger. Gratuit, 24 h/24. #help: helpline
En danger immédiat, appelle la police au 19. #help: emergency
Garde les captures d'écran, puis bloque et signale le compte. #help: report
Tu avais dit oui, et tu es revenue : Houda connaissait le chemin, et tu n'étais pas seule. #ending: former-member
-> END
