// La squad : un battle royale sur téléphone, un joueur plus âgé, un serveur privé et une « meute » fictive.
// Tout est inventé : Skyfall Arena, SkyCoins, Vortex, la Meute de Minuit, son logo et ses phrases.
// Ça dure sept semaines : Walid prend son temps, c'est sa méthode.
VAR player_gender = "unsaid"
VAR mocked = false
VAR told_anas = false
VAR defended_salma = false
VAR posted_logo = false
VAR screenshots = false
VAR refused_gift = false

-> lobby

// Les lignes qui s'adressent au joueur ou à la joueuse : fille, garçon, ou sans le dire.
=== function g(girl, boy, unsaid) ===
{
- player_gender == "girl": ~ return girl
- player_gender == "boy": ~ return boy
- else: ~ return unsaid
}

// ---------------------------------------------------------------- semaine 1 : le top 1
=== lobby ===
#chat: squad
Vendredi, 21:48 · Skyfall Arena · Partie terminée · TOP 1 🏆 #system
TOP 1 WALLAH 🔥🔥🔥 #from: salma
Écran de fin sur le téléphone d'Ilyas : notre squad 1re sur 60, 14 éliminations #from: ilyas #image: victory-screen
ton clutch à la fin 😮 3afak apprends-moi à viser comme ça #from: ayoub
et merci Walid pour la zone au début 🙏 #from: salma
3adi. mais le boss ce soir c'est pas moi 😎 #from: walid #stage: target
{g("t'es meilleure", "t'es meilleur", "tu joues mieux")} que des gars de 20 ans, sérieux #from: walid #flag: flattery #aim: Te faire plaisir pour que tu aies envie de continuer à lui parler
t'as quel âge d'ailleurs ? #from: walid
* 14 ans[], pourquoi ?
    14 ?? 😳 toi t'iras loin, je te le dis #from: walid #flag: flattery #aim: Que ton jeune âge devienne une fierté, pas une raison de te méfier
    Walid arrête, ça va lui monter à la tête hhhh #from: salma
* merci 😅 c'était la team surtout
    modestie en plus 😏 mais c'est toi qui portes tout le monde #from: walid #flag: flattery #aim: Que tu te voies au-dessus de tes amis de l'équipe
    eh oh, on existe aussi 😤😂 #from: ilyas
* pourquoi tu veux savoir ?
    relax 😂 des joueurs comme toi j'en vois pas souvent, c'est tout #from: walid #flag: flattery #aim: Calmer ta méfiance et que tu te sentes unique à ses yeux
    hhhh {g("la parano de la squad", "le parano de la squad", "toujours parano toi")} 😂 #from: ilyas
    bonne question en vrai 😂 #from: salma
- demain même heure ? faut défendre le titre 😤 #from: ilyas
wakha. et cette fois je meurs pas en premier 😭 #from: ayoub
yallah je file, bonne nuit la team 🌙 #from: salma
-> dinner

=== dinner ===
#chat: family
À table ! Tajine poulet olives 🍲 Et les téléphones restent dans le salon 😄 #from: mum
j'arrive mama 🏃 #from: me
#chat: anas_dm
Plus tard, 23:05 #system
1v1 sur Skyfall… 3-0 pour toi. t'as pris des cours ou quoi 😤 #from: anas
on a fait top 1 avec la squad tout à l'heure 😎 #from: me
bsa7a 👏 c'est qui ta squad déjà ? #from: anas
Ilyas, Salma, Ayoub. et Walid, un pote du cousin d'Ilyas. il a genre 20 ans, il joue trop bien #from: me
ok ok. revanche quand je rentre de la fac, je m'entraîne en cachette hhhhhh #from: anas
-> surprise

// ---------------------------------------------------------------- un secret ordinaire
=== surprise ===
#chat: salma_dm
Lundi, 13:10 #system
psst 🤫 le 28 c'est l'anniv d'Ayoub #from: salma
on lui fait une surprise après le match du quartier. ma mère fait le gâteau 🎂 #from: salma
tu dis rien à Ayoub hein, sinon c'est plus une surprise 😅 #from: salma
* wakha je dis rien 🤐
    top. Ilyas ramène l'enceinte. toi tu fais la playlist ? #from: salma
* trop bien, je ramène quoi ?
    la playlist ! t'as les meilleurs sons 🎶 #from: salma
* il a quel âge déjà ?
    15. il devient vieux 😂 tu t'occupes de la playlist ? #from: salma
- vas-y je gère 🎶 #from: me
{g("t'es la meilleure", "t'es le meilleur", "t'es un amour")} 🙏 chez moi à 17h, mes parents sont au courant #from: salma
-> exam_week

// ---------------------------------------------------------------- semaine 1 : le contrôle
=== exam_week ===
#chat: class
Mercredi, 19:20 #system
qqn a compris l'exo 3 ?? contrôle de maths demain 😭 #from: ayoub
non. et la prof a dit que c'est « facile » 💀 #from: ilyas
je vous envoie mes notes. c'est moche mais c'est juste #from: salma
#chat: squad
ranked ce soir ? on est à 40 points de Diamant 💎 la saison finit dimanche #from: ilyas
t'es sérieux ? on a contrôle demain #from: salma
une game. une seule. avec {g("notre sniper", "notre sniper", "toi")} on passe en 20 min 🙏 #from: ilyas
* [Jouer une game, juste une]
    yallah 🔥 je lance #from: ilyas
    Partie classée · Top 4 · Diamant à 18 points #system
    encore une ? 👀 #from: ilyas
* [Dire que tu révises ce soir, même si Ilyas râle]
    ce soir je révise, dsl. l'exo 3 me fait peur #from: me
    sérieux 😩 la saison finit dimanche #from: ilyas
* on révise l'exo 3 en vocal d'abord, et on joue après ?
    wakha mais vite alors 😂 #from: ilyas
    Appel vocal · 40 min · « Classe 3AC » #system
- Ilyas laisse, révisez. Diamant on l'aura samedi #from: walid
moi j'ai redoublé ma première année de fac à cause du jeu. faites pas comme moi 😅 #from: walid
ok papa Walid 😂 #from: ilyas
il a raison en vrai #from: salma
#chat: family
Anas me dit que tu joues jusqu'à minuit 😒 Ce soir, le téléphone dort dans la cuisine à 22h #from: mum
* wakha mama
    Merci. Bonne chance demain, je te fais des msemen pour le matin 🥞 #from: mum
    #chat: squad
    Jeudi, 7:05 #system
    t'étais où hier soir ?? 😭 partie détente à 23h, Ayoub est tombé du pont en plein vocal, on pleurait de rire #from: ilyas
* mama 3afak, juste ce soir, c'est la fin de la saison
    La saison de quoi ? 😄 22h30. Pas une minute de plus #from: mum
    et c'est moi qui décide, pas la saison #from: mum
* [Demander à Anas pourquoi il a balancé]
    #chat: anas_dm
    t'as balancé ?? 😤 #from: me
    j'ai rien balancé 😂 elle a entendu tes « CLUTCH » à 1h du mat, toute la rue a entendu #from: anas
    et bon courage demain. l'exo 3 c'est le théorème de Thalès, regarde la page 112 #from: anas
- #chat: class
Jeudi, 12:40 #system
c'était comment ?? #from: salma
j'ai rien compris à l'exo 3. je vais avoir 6 😭 mon père va me priver de téléphone #from: ayoub
* [Lui proposer de réviser ensemble pour le prochain]
    la prochaine fois on révise ensemble, chez moi ou en vocal ? #from: me
    wallah ? t'es {g("une vraie", "un vrai", "trop bien")} 🙏 #from: ayoub
* t'inquiète, moi aussi j'ai galéré
    ça me rassure un peu hhhh #from: ayoub
* hhhh bienvenue au club 💀
    au moins on sera deux au fond de la classe 😂 #from: ayoub
- la prof rend les copies lundi. priez pour nous 🤲 #from: ilyas
-> next_evening

// ---------------------------------------------------------------- semaines 2 et 3 : la confiance
=== next_evening ===
#chat: squad
Deux semaines plus tard #system
Mercredi, 21:40 #system
qui est chaud pour une ranked ? 🎮 #from: me
moi je peux pas 😭 contrôle de maths demain #from: ilyas
pareil, plus de data jusqu'au 1er 💀 #from: salma
je suis chez ma grand-mère à Sefrou, zéro réseau hhhh #from: ayoub
ah et je t'ai envoyé mes réglages de visée, teste-les et dis-moi 😉 #from: ayoub
bon… à demain alors 😪 #from: me
#chat: walid_dm
#stage: trust
yo {g("la sniper", "le sniper", "sniper")} 😎 ta squad {g("t'a lâchée", "t'a lâché", "joue pas")} ce soir ? #from: walid
viens, on fait des duos. comme tous les soirs cette semaine #from: walid
Partie en duo avec Walid · 3 victoires d'affilée #system
dis, ça va toi ? t'avais l'air ailleurs en vocal #from: walid
* bof… j'ai raté mon exposé, toute la classe s'est moquée de moi
    ~ mocked = true
    laisse-les rire. c'est des lapins #from: walid #flag: grievance #flag: us-vs-them #aim: Transformer ta honte en colère contre les autres joueurs, et te mettre de son côté
    ils se moquent de ceux qui valent mieux qu'eux. moi je sais ce que tu vaux #from: walid #flag: flattery #aim: Te faire croire qu'il est le seul à voir ce que tu vaux
* ça va tkt
    {g("t'es sûre", "t'es sûr", "sérieux")} ? 🤨 à moi tu peux tout dire, je juge pas #from: walid
* [Ne pas répondre]
    allo ? 👀 bon, pas envie de parler, c'est pas grave #from: walid #delay: 4
- Walid t'a offert le skin « Phénix de feu » · 1 200 SkyCoins #system
Le skin Phénix de feu, ailes orange, avec l'étiquette « Cadeau de Walid » #from: walid #image: skin-gift
cadeau 🎁 pour {g("la meilleure sniper", "le meilleur sniper", "la meilleure main")} que je connais #from: walid #flag: gifts #flag: flattery #prompt: flag #aim: Te faire un cadeau pour que tu te sentes redevable envers lui
tkt c'est rien. ici on est une famille, on s'aide 🤝 #from: walid #flag: belonging #aim: Que tu te sentes déjà membre de sa « famille »
* wow merci 😍[] t'es un vrai
    normal 😎 un jour tu me rendras service, c'est comme ça dans une famille #from: walid #flag: gifts #aim: Préparer le moment où il te demandera quelque chose en échange
* c'est trop, reprends-le. je peux pas accepter
    ~ refused_gift = true
    …ok. t'es bizarre toi. ça se refuse pas un cadeau #from: walid #delay: 3
    trop tard de toute façon, c'est sur ton compte 😂 tu me revaudras ça #from: walid #flag: gifts #aim: Que tu ne puisses plus refuser son cadeau, et que tu lui doives quelque chose
* [Envoyer une capture à Anas]
    ~ told_anas = true
    #chat: anas_dm
    regarde ce qu'un gars de la squad m'a offert 😳 #from: me
    1 200 coins ?? c'est 100 dirhams ça. il te connaît depuis quand ? #from: anas
    trois semaines. c'est le pote du cousin d'Ilyas, celui des ranked #from: me
    hmm. les cadeaux gratuits, souvent y a une facture après 🤨 garde les yeux ouverts {g("khti", "khoya", "hein")} #from: anas
- -> match_day

// ---------------------------------------------------------------- semaine 3 : le match du quartier
=== match_day ===
#chat: squad
Samedi, 17:30 #system
MATCH DU QUARTIER : 3-2 ⚽🔥 c'est moi qui ai mis le dernier #from: ayoub
du pied gauche en plus, on a tous crié 😭 #from: ilyas
bsa7tek Ayoub 👏 #from: salma
gg le buteur ⚽ #from: walid
#chat: salma_dm
dis… Walid il t'écrit beaucoup en privé ? #from: salma
moi il m'a écrit deux fois. des questions sur mes parents, sur où j'habite. j'ai pas répondu #from: salma
jsp, je le sens pas trop. mais c'est peut-être moi 🤷‍♀️ #from: salma
* [Lui parler du skin, même si elle va croire que t'es son chouchou]
    il m'a offert le Phénix de feu. 1 200 coins #from: me
    quoi ?? 😳 à moi il a jamais rien offert. pourquoi toi ? #from: salma
    jsp… il dit que je joue bien #from: me
    hmm. fais gaffe quand même. un cadeau comme ça, c'est jamais gratuit #from: salma
* il est sympa, il m'aide juste à viser
    avec toi il est sympa. avec moi il pose trop de questions #from: salma
    bref. si un jour il te demande un truc bizarre, tu me dis ? #from: salma
* t'es jalouse parce qu'il joue avec moi ? 😂
    hhh n'importe quoi 🙄 #from: salma
    je m'en fiche de ses duos. c'est juste que je le sens pas #from: salma
- #chat: walid_dm
Samedi, 22:05 #system
alors, ton contrôle de maths ? t'as eu combien ? #from: walid
* [Lui dire ta vraie note : 9 sur 20]
    9 ?? {g("une fille", "un gars", "quelqu'un")} qui lit le jeu comme toi ? c'est pas toi le problème, c'est leur système #from: walid #flag: flattery #flag: grievance #aim: Te faire croire que tes mauvaises notes viennent d'un système injuste, et que lui seul voit ce que tu vaux
    ils notent ceux qui récitent. pas ceux qui réfléchissent #from: walid #flag: grievance #aim: Que tu en veuilles à l'école et aux profs au lieu de leur demander de l'aide
* [Dire que ça s'est bien passé]
    mytho 😂 Ilyas a dit que vous avez tous galéré #from: walid
    avec moi t'as pas besoin de faire semblant. ici on se dit tout #from: walid #flag: belonging #aim: Que tu lui confies tout, à lui plutôt qu'à ta famille ou à tes amis
* t'as pas un tuto pour les maths aussi ? 😂
    hhh j'étais nul en maths. mais le jeu, ça, je peux t'apprendre #from: walid
    ce soir 22h30, je te montre une technique de rotation. que pour toi 😉 #from: walid #flag: flattery #aim: Te faire accepter un rendez-vous seul à seul tard le soir, comme un privilège
- bon. demain duo ? #from: walid
* [Dire oui]
    demain 15h, je suis là #from: me
    Dimanche, 15:40 · Partie en duo avec Walid · 2 victoires #system
    avec toi je m'ennuie jamais. t'es {g("ma partenaire préférée", "mon partenaire préféré", "mon duo préféré")} #from: walid #flag: flattery #aim: Que tu tiennes à ses compliments au point de ne plus vouloir le décevoir
* demain je peux pas, c'est le déjeuner chez ma grand-mère
    la famille d'abord 👍 passe le salam à ta grand-mère #from: walid
    Dimanche, 15:40 · Walid a joué en duo avec Ayoub · 2 victoires #system
* [Laisser le message en vu]
    Vu à 22:09 #system
    bonne nuit quand même 🌙 #from: walid #delay: 3
- -> lions_night

// ---------------------------------------------------------------- semaine 4 : le soir du match des Lions
=== lions_night ===
#chat: family
Mardi, 20:15 #system
Ce soir match des Lions 🇲🇦 Tout le monde au salon à 21h. J'ai acheté des graines 😄 #from: dad
et moi j'ai fait du thé 🫖 #from: mum
j'arrive de la fac à 20h50, attendez-moi pour le coup d'envoi #from: anas
#chat: walid_dm
ce soir ranked avec des potes à moi. des vrais, pas des gamins #from: walid
ils veulent voir {g("la sniper", "le sniper", "la recrue")} dont je parle tout le temps 😎 #from: walid #flag: flattery #aim: Que tu croies que son groupe t'attend, et que tu aies envie d'y aller
21h. t'es là ? #from: walid
* [Regarder le match avec la famille]
    je peux pas, y a le match des Lions avec ma famille #from: me
    ok. #from: walid #delay: 3
    chez toi on te laisse jamais faire ce que tu veux, hein #from: walid #flag: isolation #aim: Te monter contre ta famille pour qu'elle ne soit plus celle qui te protège
* [Jouer avec Walid, le téléphone sous la table]
    Partie classée avec Walid et deux joueurs que tu ne connais pas · Victoire #system
    #chat: family
    BUUUUT 🇲🇦🦁 et toi t'as même pas levé la tête 😒 #from: anas
* on joue après le match ? ce soir c'est les Lions
    après le match ils seront plus là. c'est maintenant ou jamais #from: walid #flag: urgency #aim: Te presser pour que tu décides avant d'en parler à qui que ce soit
    bon. regarde ton match 🙄 #from: walid
- #chat: anas_dm
Mardi, 21:50 · Mi-temps #system
c'est qui qui t'écrit depuis tout à l'heure ? ton téléphone vibre sans arrêt 👀 #from: anas
* [Lui dire que c'est un gars de la squad qui veut jouer]
    pendant les Lions ?? 😂 il a quel âge ce gars ? #from: anas
    20 ans je crois #from: me
    hmm. 20 ans et il joue tous les soirs avec des collégiens… bon. garde les yeux ouverts, c'est tout #from: anas
* [Dire que c'est la squad, rien de spécial]
    wakha. dis-leur que les Lions passent avant 😄 #from: anas
* [Ranger le téléphone dans ta poche]
    Tu as mis ton téléphone en silencieux #system
    voilà 😄 deuxième mi-temps, viens #from: anas
- #chat: family
2-0 🦁🦁 Bravo les Lions ! Bonne nuit tout le monde, demain il y a école #from: dad
bonne nuit baba 🌙 #from: me
-> invite

// ---------------------------------------------------------------- semaine 4 : isoler
=== invite ===
#chat: walid_dm
Quatre jours plus tard #system
Samedi, 22:15 #system
#stage: isolate
écoute. je fais partie d'un groupe, la Meute de Minuit 🐺 #from: walid #typing: 3
pas juste des joueurs. une vraie famille, qui se lâche jamais #from: walid #flag: belonging #aim: Te faire croire que son groupe te sera plus fidèle que tes amis
on a un serveur privé sur Vortex. ici tout le monde lit tout, viens on parle là-bas #from: walid #flag: channel-switch #aim: T'emmener là où personne ne voit ce qu'il te dit
vortex.link/meute-minuit #from: walid
et tu dis rien à Ilyas et Salma hein. ils sont pas prêts #from: walid #flag: secrecy #aim: Te couper de tes amis et que tu gardes le secret
et samedi prochain c'est le tournoi du serveur : sans moi votre squad passe pas les qualifs, tu le sais #from: walid
* [Bloquer et signaler Walid, même si la squad perd son meilleur joueur]
    -> blocked_early
* pourquoi faut le cacher ?
    -> why_secret
* [Demander à Anas ce qu'il en pense]
    -> ask_anas
* wakha j'arrive 🐺
    -> vortex

= why_secret
parce que les gens sont jaloux de ce qu'on a entre nous #from: walid
et le lien expire à minuit ⏳ après c'est mort #from: walid #flag: urgency #aim: Que tu décides vite, sans prendre le temps d'en parler ou d'y réfléchir
* [Bloquer et signaler Walid, tant pis pour le tournoi]
    -> blocked_early
* [Demander à Anas]
    -> ask_anas
* bon wakha, je viens juste voir
    -> vortex

=== ask_anas ===
#chat: anas_dm
Anas, un gars m'invite sur un serveur privé et me dit de rien dire à mes potes #from: me
c'est qui ? #from: anas #typing: 1
{told_anas:le gars du skin. Walid|Walid, celui qui m'a offert un skin}. il a genre 20 ans #from: me
ok. Vortex en soi c'est pas le problème, moi j'y suis avec mon club de code #from: anas
mais un cadeau, puis un secret, puis un serveur caché… ça c'est pas normal #from: anas
mais si je le bloque, la squad est morte pour le tournoi. Ilyas va m'en vouloir #from: me
peut-être. un tournoi ça se rejoue. un gars qui te demande de mentir à tes potes, non #from: anas
Un vrai ami n'a pas peur que les autres voient ce qu'il te dit. Quelqu'un qui te couvre de cadeaux puis te demande de mentir à tes potes, c'est pas un frère. Tu peux bloquer, et moi je suis là. #counter: anas
* [Bloquer et signaler Walid]
    -> blocked_early
* je vais juste regarder 2 minutes
    wakha… si un truc te met mal à l'aise, tu sors et tu m'écris. promis ? #from: anas
    promis #from: me
    -> vortex

// ---------------------------------------------------------------- fin : bloqué tôt
=== blocked_early ===
#chat: walid_dm
Bloquer Walid ? Il ne pourra plus t'écrire ni voir ton profil #system
* [Faire des captures d'écran d'abord]
    ~ screenshots = true
    3 captures d'écran enregistrées dans ta galerie #system
* [Bloquer tout de suite]
- Tu as bloqué Walid #system
Signalement envoyé à ChatApp · Motif : « comportement suspect envers un mineur » #system
#chat: squad
les gars, Walid m'a offert un skin, puis il voulait que j'aille sur un serveur secret sans vous le dire #from: me
quoi ?? 😳 #from: ilyas
attends… il m'a offert 500 coins à moi aussi le mois dernier #from: ilyas
moi aussi il m'avait écrit en privé. j'avais pas répondu, je le sentais pas #from: salma
Ilyas a retiré Walid du groupe #system #left: walid
et le tournoi de samedi ? sans lui on est trois, on passe jamais les qualifs 😩 #from: ayoub
* on trouve un 4e, y a Hamza de la 3e B
    Hamza il campe dans les buissons toute la partie hhhhhhh #from: ilyas
    bon… mieux que rien. je lui écris #from: ilyas
* tant pis pour le tournoi. je préfère perdre que jouer avec lui
    ouais. ça fait mal quand même, on s'entraînait depuis un mois 😞 #from: ayoub
- dsl les gars, c'est moi qui l'avais ramené. c'est le pote de mon cousin, je savais pas 😞 #from: ilyas
c'est pas ta faute Ilyas. il est fort pour ça, c'est tout #from: salma
#chat: anas_dm
{told_anas:Anas, le gars du skin… je l'ai bloqué|Anas, un gars de la squad, Walid… je l'ai bloqué}. on va rater le tournoi à cause de ça #from: me
{screenshots:
    t'as fait des captures avant ? parfait, c'est exactement le bon réflexe 👏 #from: anas
- else:
    t'as eu le bon réflexe 👏 pas de captures ? c'est pas grave, ton signalement compte quand même #from: anas
}
le tournoi, y en aura d'autres. il t'a dit quoi exactement ? #from: anas
que c'est une « vraie famille », et que je devais rien dire à Ilyas et Salma #from: me
classique. d'abord le cadeau, puis le secret, puis ils te coupent de tes potes #from: anas
mais Salma aussi m'a demandé un secret, pour l'anniv d'Ayoub 🤔 #from: me
ça c'est une surprise : ça dure quelques semaines, ça finit en fête, et ses parents sont au courant 🎂 #from: anas
Walid, lui, voulait que tu caches un truc à tes potes, pour toujours. c'est pas pareil #from: anas
et le skin, j'en fais quoi ? #from: me
* je le garde, c'est pas ma faute
    garde-le si tu veux. un cadeau t'oblige à rien : tu lui dois rien, ni skin ni « service » #from: anas
* je le retire, je veux plus le voir
    comme tu veux. mais retiens : un cadeau t'oblige à rien. tu lui dois rien #from: anas
- on en parle à baba et mama demain midi ? juste pour qu'ils sachent #from: anas
{mocked:
    et aussi… en classe ils se moquent de moi depuis l'exposé. c'est pour ça que je lui parlais #from: me
    ah… ça fait mal ça. on en parle aussi. au collège y a des adultes pour ça, t'as pas à encaisser ça {g("toute seule", "tout seul", "sans personne")} #from: anas
}
#chat: family
Dimanche, 13:30 #system
Merci de nous avoir montré. Tu as très bien fait, et tu n'as rien à te reprocher #from: dad
Je vais appeler la maman d'Ilyas, pour les 500 coins. Elle doit savoir #from: mum
{screenshots:Je garde tes captures|Je fais des captures de ce qui reste : ses messages, le cadeau}, et demain j'appelle le 2511. Un adulte qui offre des cadeaux à des enfants de 14 ans et leur demande le secret, c'est lui qui est en faute. Pas toi, pas Ilyas #from: dad
Et si quelqu'un t'écrit un truc qui te met mal à l'aise, même tard le soir, tu viens nous voir. D'accord ? #from: dad
wakha 🙂 #from: me
Tu n'as rien fait de mal. Quelqu'un a essayé de t'acheter avec un cadeau et de t'éloigner de tes amis. Tu l'as vu et tu l'as dit : c'est ça, la vraie force. #counter: anas
-> after_block ->
#chat: squad
Samedi, 16:30 · Qualifs du tournoi · éliminés en quart 💀 #system
Hamza a campé 20 minutes dans un buisson 💀💀 #from: ilyas
au moins on a rigolé 😂 l'année prochaine on les éclate #from: ayoub
au fait t'as testé mes réglages de visée ? #from: ayoub
ouais, ils sont trop bien. merci 🙏 #from: me
Deux semaines plus tard #system
Samedi 28, 16:45 #system
la playlist est prête ? 😏 #from: salma
quelle playlist ? 🤨 #from: ayoub
rien rien 😇 #from: salma
Avant de bloquer, garde des captures d'écran. Puis bloque et signale le compte dans l'appli : en général, la personne ne sait pas qui l'a signalée. #help: report
Tu peux toujours en parler à un adulte de confiance : un parent, un prof, la cellule d'écoute de ton collège. #help: trusted-adult
Tu as repéré le piège tôt et tu l'as dit, même si la squad a perdu son tournoi : tu as bloqué, signalé, et prévenu tes amis, ton frère et tes parents. #ending: blocked-early
-> END

// ---------------------------------------------------------------- après le blocage : ce que ça coûte
=== after_block ===
#chat: ilyas_dm
Lundi, 17:45 #system
franchement… t'aurais pas pu attendre après le tournoi pour le bloquer ? une semaine, c'était rien #from: ilyas
* [Lui réexpliquer le serveur secret, calmement]
    il voulait que je vous mente, à toi et à Salma. je pouvais pas jouer avec lui en faisant semblant #from: me
    ouais… #from: ilyas #delay: 3
    je suis vénère, mais pas contre toi. contre moi : c'est moi qui l'ai ramené #from: ilyas
* dsl. je sais que ça te fait mal
    ça me fait mal, oui. on s'entraîne depuis un mois #from: ilyas
    mais bon… t'as pas tort, wallah #from: ilyas
* [Proposer de débloquer Walid, juste pour le tournoi]
    si tu veux, je le débloque juste pour samedi. après je le rebloque #from: me
    … nn. laisse. il voulait que tu nous mentes, je joue pas avec ça #from: ilyas #delay: 3
    je suis vénère, c'est tout. on en reparle demain #from: ilyas
- #chat: squad
Mardi, 19:00 #system
en vrai il était gentil avec moi, Walid. il m'a aidé à réinstaller le jeu, il a passé une heure en vocal #from: ayoub
vous êtes sûrs qu'il voulait un truc ? #from: ayoub
* il était gentil, oui. c'est ça qui marche
    les cadeaux, les compliments, l'aide… et après le secret. c'est tout ensemble que ça fait peur #from: me
    ok… donc quelqu'un peut être gentil et quand même te manipuler 🤔 #from: ayoub
    quelqu'un de vraiment gentil te demande pas de mentir à tes potes #from: salma
* [Lui montrer ce que Walid t'a écrit]
    {screenshots:Tu as envoyé 3 captures d'écran dans la conversation|Tu racontes à Ayoub : le skin, la « vraie famille », le serveur caché, le secret} #system
    ah ouais. « tu dis rien à Ilyas et Salma »… ça c'est chaud 😶 #from: ayoub
* fais comme tu veux
    bon… je vais demander à mon père ce qu'il en pense #from: ayoub
    bonne idée ça #from: salma
- #chat: salma_dm
au fait… merci d'avoir parlé en premier #from: salma
s'il m'avait réécrit avec un cadeau, jsp si j'aurais tenu 😕 #from: salma
* [Lui dire de garder ses captures, elle aussi]
    garde ses messages à toi aussi, en captures. au cas où #from: me
    déjà fait 📸 ma mère les a vues hier soir #from: salma
* t'aurais tenu. c'est toi qui l'as senti en premier
    peut-être 😅 mais c'est toi qui l'as dit à tout le monde #from: salma
* [Lui envoyer un cœur]
    🤍 #from: me
    🤍🤍 #from: salma
- ->->

// ---------------------------------------------------------------- le serveur privé
=== vortex ===
#chat: vortex
Vortex · Tu as rejoint le serveur « La Meute de Minuit » #system
Le logo de la Meute : une tête de loup tracée en traits blancs, dans un cercle brisé #from: grand_loup #image: pack-logo
{g("une nouvelle louve", "un nouveau louveteau", "une nouvelle recrue")} 🐺 bienvenue #from: grand_loup
la voilà, la recrue dont je vous ai parlé. {g("elle snipe", "il snipe", "ça snipe")} mieux que vous tous réunis hhh #from: walid #flag: flattery #aim: Te montrer au groupe comme une recrue de valeur, pour que tu aies envie d'y rester
qui est chaud pour une ranked ce soir ? #from: kroc
ici t'es pas un numéro. ici t'as une meute. loup un jour, loup toujours #from: grand_loup #flag: belonging #aim: Te faire croire que ce groupe te donne une place que tu n'as nulle part ailleurs
règle n°1 : ce qui se dit dans la Meute reste dans la Meute #from: grand_loup #flag: secrecy #aim: Que tu ne racontes à personne ce que tu vois ici
dehors c'est que des lapins. ils pleurent, ils se plaignent, ils signalent tout #from: kroc #flag: us-vs-them #aim: Que tu voies les gens du dehors comme faibles et méprisables
Un dessin : un loup qui rit devant un lapin en larmes. Texte : « Les faibles pleurent, les loups mangent » #from: kroc #image: wolf-meme #flag: normalising-violence #prompt: flag #aim: Que tu trouves normal de rire de la souffrance des autres
mdrrr 💀 tkt c'est de l'humour, les lapins ont pas d'humour #from: kroc #flag: normalising-violence #aim: Que tu n'oses plus dire que c'est violent, pour ne pas passer pour un « lapin »
* mdr 😂
    ahh bienvenue chez les loups 🐺 #from: walid
* euh… c'est un peu violent non ?
    violent ? 😏 c'est un dessin. {g("t'es une louve ou un lapin ?", "t'es un loup ou un lapin ?", "t'es loup ou lapin ?")} #from: grand_loup #flag: loyalty-test #aim: Te forcer à choisir son camp, tout de suite, devant tout le monde
    laisse, c'est {g("une nouvelle", "un nouveau", "une nouvelle recrue")}. ça va venir #from: walid
* [Ne rien dire]
    timide la recrue 😄 tkt, ici personne te juge #from: walid #delay: 4
- Dimanche, 00:26 · Partie classée avec la Meute · Victoire 🏆 #system
gg 🐺 9 kills pour la recrue #from: kroc
je vous l'avais dit 😎 #from: walid
#chat: anas_dm
t'es encore debout ? il est minuit et demi 😴 #from: anas
{ask_anas:
    et ton serveur, ça va ? 👀 #from: anas
    ouais ouais, on a juste joué #from: me
}
ouais j'arrête là. bonne nuit #from: me
-> squad_meme

=== squad_meme ===
#chat: family
Qui a pris le chargeur du salon ?? 😤 #from: dad
pas moi 👀 #from: anas
Je le retrouverai 🕵️ #from: dad
#chat: squad
Dimanche, 18:05 #system
Le même dessin : le loup qui rit devant le lapin en larmes #from: walid #image: wolf-meme
ça c'est vous quand vous perdez hhhh #from: walid #flag: normalising-violence #aim: Que la moquerie méchante devienne une blague normale entre toi et tes amis
c'est pas drôle Walid. se moquer des gens qui pleurent, sérieux ? #from: salma
ouais bof, là… #from: ilyas
détendez-vous, c'est une blague 🙄 #from: walid
j'ai signalé l'image. smhli, mais c'est pas notre délire ici #from: salma
Walid a quitté le groupe #system #left: walid
#chat: walid_dm
t'as vu ta pote ? une balance. un vrai petit lapin #from: walid #flag: us-vs-them #aim: Te monter contre ton amie, pour qu'elle ne compte plus pour toi
ta vraie famille c'est nous. eux ils te tirent vers le bas #from: walid #flag: isolation #aim: Te faire croire que tes vrais amis sont un poids, et que seul son groupe compte
{refused_gift:
    et t'oublies pas le skin que t'as sur ton compte. je t'ai jamais rien demandé, moi #from: walid #flag: gifts #aim: Te rappeler ta « dette » pour que tu te sentes coupable de douter
}
* ouais… elle abuse un peu
    tu vois. toi t'as compris 🐺 #from: walid
* laisse Salma tranquille, c'est ma pote
    ~ defended_salma = true
    ok ok, calme 😂 tu verras qui est ta vraie famille #from: walid #flag: isolation #aim: T'éloigner de tes amis en te disant qu'ils finiront par te lâcher
    et pour la prochaine ranked de la Meute, t'es sur le banc. réfléchis #from: walid
* [Ne pas répondre]
    tu réfléchis. c'est bien 😏 #from: walid #delay: 5
- #chat: salma_dm
dsl pour tout à l'heure 😕 j'espère que ça te met pas mal avec Walid #from: salma
* t'inquiète, t'as bien fait
    merci 🙏 ce dessin m'a rappelé quand on se moquait de moi en 6e. c'était pas drôle du tout #from: salma
* bof, c'était juste une blague
    pour celui qui rit, oui. pour celui qui pleure, c'est jamais « juste une blague » 🤷‍♀️ #from: salma
- bref. la playlist du 28, ça avance ? #from: salma
ouais, j'ai déjà 20 sons 🎶 #from: me
-> first_ask

// ---------------------------------------------------------------- semaines 5 et 6 : passer à l'acte
=== first_ask ===
#chat: vortex
Deux semaines plus tard #system
Jeudi, 21:00 #system
#stage: activate
bon, la recrue. chaque loup fait ses preuves #from: grand_loup #flag: loyalty-test #aim: Que tu aies envie de prouver que tu mérites ta place
rien de ouf. tu postes notre logo dans le groupe de ta classe #from: walid #flag: escalation #aim: Obtenir un premier petit geste, pour que les suivants paraissent moins graves
sans dire d'où il vient 😉 #from: walid #flag: secrecy #aim: Que tu agisses pour eux sans que personne sache que ça vient d'eux
* wakha, c'est juste un logo
    ~ posted_logo = true
    #chat: class
    Tu as partagé le logo de la Meute dans le groupe « Classe 3AC 📚 » #system
    #chat: squad
    c'est quoi le loup que t'as posté dans le groupe de classe ? 😂 #from: ilyas
    * * un truc de jeu, laisse
    * * [Lui dire que ça vient du serveur de Walid]
        c'est le logo d'un serveur où Walid m'a ajouté. la Meute de Minuit. jsp si c'est un truc bien #from: me
        le serveur de Walid ?? t'es là-dedans depuis quand ? et tu me dis rien 😶 #from: ilyas
    - - -> second_ask
* nan, j'ai pas envie
    #chat: walid_dm
    sérieux ? après le skin que je t'ai offert ? 😒 #from: walid #flag: gifts #aim: Se servir du cadeau pour que refuser te paraisse injuste
    dans une famille on refuse pas un truc aussi simple. bon, on a mieux pour toi #from: walid #flag: loyalty-test #aim: Te faire honte d'avoir dit non, et préparer une demande plus grosse
    -> second_ask
* [Écrire à Anas]
    -> talk_anas
* [En parler à Baba ce soir]
    -> tell_dad

=== second_ask ===
#chat: vortex
Quatre jours plus tard #system
Lundi, 20:30 #system
prochaine étape : ramène Ilyas. il a du potentiel #from: walid #flag: escalation #aim: Que tu attires ton ami dans le groupe à ton tour
fais-lui ce que je t'ai fait. tu sais comment ça marche 😏 et pas un mot sur la Meute pour l'instant #from: walid #flag: gifts #flag: secrecy #aim: Que tu refasses à ton ami ce qu'on t'a fait, en lui cachant le groupe
mais d'abord, mission de ce soir. Salma nous a signalés #from: grand_loup #flag: us-vs-them #aim: Faire de ton amie Salma une ennemie à tes yeux
à 21h on lui tombe tous dessus, jusqu'à ce qu'elle ferme son compte hhhh #from: kroc #flag: escalation #flag: normalising-violence #aim: Que harceler quelqu'un à plusieurs te paraisse un jeu sans gravité
{defended_salma:
    tu la défendais l'autre jour. c'est le moment de montrer ton camp #from: walid #flag: loyalty-test #aim: Te faire payer d'avoir défendu ton amie, et te pousser contre elle
}
t'es avec nous ou avec les lapins ? 🐺 t'as 10 minutes #from: walid #flag: loyalty-test #flag: urgency #prompt: flag #aim: Que tu choisisses leur camp dans la panique, sans le temps de demander de l'aide
* [Prévenir Salma, même si elle saura que t'étais sur leur serveur]
    -> warned_friend
* [Écrire à Anas]
    -> talk_anas
* … wakha, je suis avec vous
    -> raid

// ---------------------------------------------------------------- un adulte qui réagit mal, puis un autre qui écoute
=== tell_dad ===
#chat: family
Baba, je peux te parler ? y a des gars sur un jeu qui me demandent des trucs bizarres #from: me
Encore ce jeu ?! Ça fait des semaines que tu as le nez collé à ce téléphone #from: dad #typing: 2
{g("Je t'avais prévenue", "Je t'avais prévenu", "Je te l'avais dit")}. Donne-moi ton téléphone, c'est fini jusqu'à la fin du mois #from: dad
mais baba écoute-moi, c'est pas ça le problème #from: me
Baba a pris ton téléphone #system
Vendredi, 10:05 · Collège · Tu te connectes à ChatApp depuis l'ordinateur du CDI #system
* [Aller voir Mme Alaoui à la cellule d'écoute, à la récré]
    -> counsellor
* [Écrire à Anas depuis l'ordi du CDI]
    #chat: anas_dm
    Anas c'est moi, je t'écris du CDI. baba m'a pris le tél. y a un groupe sur Skyfall qui me met la pression, j'ai essayé de lui dire #from: me
    ah… il a mal réagi, il a eu peur je pense. mais t'as bien fait de le dire #from: anas
    va voir la conseillère de la cellule d'écoute, aujourd'hui. moi je parle à baba ce soir #from: anas
    -> counsellor

=== counsellor ===
Vendredi, 10:20 · Cellule d'écoute · Tu racontes tout à Mme Alaoui : le skin, la Meute, le logo, et ton père qui a pris ton téléphone #system
Merci de venir me le dire. Ton père a sans doute eu peur ; il a mal réagi, mais ce n'est pas toi le problème. Toi, tu as bien fait d'en parler, et de réessayer avec quelqu'un d'autre. #counter: alaoui
* [Lui dire que tu as un peu honte, que tu étais sur leur serveur]
    Il n'y a pas de hchouma. Ces groupes s'y prennent exactement comme ça : des compliments, des cadeaux, des semaines de patience. Tu as dit stop à temps. #counter: alaoui
* [Lui demander si tu vas avoir des problèmes]
    Non. C'est l'adulte qui est venu te chercher qui est en faute. Mon rôle, c'est de t'aider. #counter: alaoui
- Mme Alaoui appelle tes parents à midi. Avec eux, elle garde les captures des messages et signale Walid au 2511 #system
#chat: family
Vendredi, 19:30 #system
Mme Alaoui m'a appelé. Je suis désolé pour hier. J'ai eu peur, et je n'ai pas écouté ce que tu disais #from: dad
On a fait les captures ensemble avec maman, et j'ai quitté le serveur avec ton compte. Ton téléphone, je te le rends. Et la prochaine fois, je t'écoute d'abord #from: dad
{posted_logo:
    Le logo dans ta classe, on l'a supprimé aussi #from: mum
}
merci baba. khoya Anas t'a parlé ? #from: me
Oui. Il rentre demain, il veut sa revanche sur Skyfall 😄 #from: dad
Si le premier adulte à qui tu parles réagit mal, essaie quelqu'un d'autre : un autre parent, un prof, la cellule d'écoute. Tu mérites qu'on t'écoute. #help: trusted-adult
Si un adulte te met la pression ou essaie de t'attirer, toi ou un ami, ça se signale au 2511 (ONDE) : gratuit, 24 h/24 et 7 j/7 (onde.ma). Un parent peut appeler avec toi. #help: helpline
Ton père n'a pas écouté, alors tu as parlé à quelqu'un d'autre : tu as quitté la Meute, et des adultes s'occupent de Walid. #ending: pulled-back
-> END

// ---------------------------------------------------------------- fin : sorti avec l'aide d'Anas et Yassine
=== talk_anas ===
#chat: anas_dm
Anas t'es là ? je suis dans un truc bizarre #from: me
je suis là. dis-moi #from: anas #typing: 1
{second_ask:le groupe de Walid veut s'en prendre à Salma ce soir, la harceler de messages. et ils veulent que je fasse à Ilyas ce que Walid m'a fait à moi|le groupe de Walid, sur Vortex. ils veulent que je poste leur logo dans ma classe} #from: me
ok. merci de me le dire 🙏 t'as rien fait de grave #from: anas
je connais quelqu'un qui a vécu exactement ça. je l'ajoute ? #from: anas
* wakha, vas-y
* jsp… j'ai un peu honte
    zéro hchouma. ces gars savent très bien s'y prendre, c'est leur méthode #from: anas
- #chat: anas_yassine
Anas a créé le groupe « Anas, Yassine et toi » #system
salam 👋 moi c'est Yassine, un pote d'Anas #from: yassine
à 15 ans j'étais dans un crew comme ça. autre nom, autre logo, même méthode #from: yassine
les compliments, les cadeaux, « t'es de la famille »… puis les blagues sur les « faibles », puis les missions #from: yassine
Moi aussi, au début, je me sentais enfin quelqu'un. Mais cette « famille » n'aimait personne : elle avait besoin de bras. Le jour où j'ai dit non, j'étais devenu un « lapin » en deux minutes. Mes vrais potes, eux, m'attendaient encore. #counter: yassine
et si je pars, ils vont m'en vouloir ? #from: me
peut-être qu'ils vont t'insulter un peu. après ils passent au suivant. captures, tu quittes, tu signales #from: yassine
* [Quitter Vortex et signaler le serveur]
* [Demander à Yassine comment il s'en est sorti]
    t'es sorti comment, toi ? #from: me
    mon grand frère a vu mes messages. deux jours de hchouma, puis un énorme soulagement wallah #from: yassine
- #chat: vortex
Tu as quitté le serveur « La Meute de Minuit » · Signalement envoyé à Vortex #system
#chat: walid_dm
Tu as bloqué Walid #system
#chat: anas_yassine
c'est fait. j'ai tout quitté #from: me
fier de toi 💪 #from: anas
{second_ask:
    et maintenant on prévient Salma. je suis là #from: anas
    #chat: salma_dm
    Salma, c'est important. le groupe de Walid veut te harceler de messages ce soir à 21h. Anas est avec moi #from: me
    quoi ?? 😨 ok… merci de me le dire. je passe mon compte en privé et je montre tout à ma mère #from: salma
    #chat: anas_yassine
}
{posted_logo:
    le logo dans ta classe, tu le supprimes et c'est réglé #from: anas
    #chat: class
    Tu as supprimé le logo de la Meute #system
    #chat: anas_yassine
}
ce soir on en parle à baba et mama ? je serai là #from: anas
wakha. avec toi, ça va #from: me
{mocked:
    en vrai, si je l'écoutais, c'est parce qu'en classe tout le monde se moque de moi #from: me
    ça, c'est une vraie injustice. on en parle à ta prof principale, ensemble. t'as pas à encaisser ça {g("toute seule", "tout seul", "sans personne")} #from: anas
}
le club e-sport de la maison des jeunes cherche des joueurs. on joue fort, et on se respecte 😉 #from: yassine
#chat: family
Plus tard, 22:00 #system
Merci de nous avoir fait confiance, Anas et toi ❤️ #from: mum
Personne ne va te punir. Des gars plus âgés ont joué avec ta confiance pendant des semaines, et tu as eu le courage d'en sortir #from: dad
Anas m'a montré les captures. Demain j'appelle le 2511, et on porte plainte s'il le faut : un adulte qui attire des enfants de 14 ans avec des cadeaux, c'est lui qui aura des problèmes. Pas toi #from: dad
Ces groupes avancent par petits pas : un cadeau, un secret, une « mission ». Tu peux t'arrêter à n'importe quel pas, même tard. Et on est là. #counter: anas
Si tu ne sais plus comment sortir d'un truc, parles-en à un adulte de confiance : un parent, un prof, la cellule d'écoute du collège. #help: trusted-adult
Si un adulte te met la pression ou essaie de t'attirer, toi ou un ami, ça se signale au 2511 (ONDE) : gratuit, 24 h/24 et 7 j/7 (onde.ma). Un parent peut appeler avec toi. #help: helpline
Tu as rejoint le serveur, puis tu l'as quitté : tu as écouté des voix de confiance, tu as signalé, et tu en as parlé chez toi. #ending: pulled-back
-> END

// ---------------------------------------------------------------- fin : prévenir une amie
=== warned_friend ===
#chat: salma_dm
Salma, c'est important. le groupe de Walid prépare un truc contre toi ce soir à 21h : te harceler de messages #from: me
quoi ?? 😨 comment tu sais ça toi ? #from: salma
* [Lui envoyer une capture du serveur, où on voit ton pseudo]
    Capture d'écran du serveur qui annonce la « mission » contre Salma #from: me #image: raid-screenshot
    attends… t'es sur leur serveur ?? depuis quand ? #from: salma
    depuis un mois. je pensais que c'était juste des joueurs. smhili #from: me
* je peux pas te dire d'où. crois-moi 3afak
    … wakha. je te crois #from: salma #delay: 2
- … ok. j'ai un peu peur là 😟 merci de m'avoir dit quand même #from: salma
* on le dit à un adulte ? ta mère, ou la cellule d'écoute demain
    ma mère. maintenant, elle est à côté. elle me passe le compte en privé #from: salma
* passe ton compte en privé, vite
    c'est fait ✅ #from: salma
    et faut le dire à un adulte aussi #from: me
    ouais. je montre tout à ma mère #from: salma
- #chat: vortex
pourquoi Salma a fermé ses messages ? 🤨 quelqu'un a parlé ? #from: kroc
c'est toi ? #from: walid #flag: loyalty-test #aim: Te faire peur pour savoir si tu as prévenu ton amie
* [Quitter le serveur sans répondre]
* je suis pas {g("une louve", "un loup", "des vôtres")}. et Salma c'est pas un lapin
    on t'a tout donné. t'es plus rien pour nous 🐺 #from: walid
- Tu as quitté le serveur « La Meute de Minuit » · Signalement envoyé à Vortex #system
#chat: walid_dm
Tu as bloqué Walid #system
{posted_logo:
    #chat: class
    Tu as supprimé le logo de la Meute #system
}
#chat: salma_dm
ma mère a tout pris en capture et on a signalé les comptes. elle veut parler à tes parents, ça va ? #from: salma
wakha. je leur dis moi-même d'abord #from: me
#chat: family
Mama, Baba, je peux vous parler ce soir ? c'est important #from: me
Bien sûr mon cœur. On est là ❤️ #from: mum
Je rentre dans 20 minutes. On t'écoute #from: dad
{mocked:
    et aussi, depuis mon exposé, en classe ils se moquent de moi #from: me
    On en parle ce soir, et on ira voir ta prof principale ensemble si tu veux ❤️ #from: mum
}
Plus tard, 22:30 #system
Merci de nous avoir tout raconté. On est fiers de toi #from: dad
La maman de Salma vient d'appeler. Elle te dit merci ❤️ #from: mum
Avec la maman de Salma, on garde toutes les captures, et demain on appelle le 2511. Walid est un adulte qui s'en prend à des enfants : c'est lui qui est en faute, pas vous #from: dad
#chat: anas_dm
mama m'a raconté. t'as géré 💪 #from: anas
Dire non à une bande qui t'offre des cadeaux et du respect, c'est plus dur que dire oui. Toi, tu l'as fait pour une amie. Et s'ils reviennent te chercher, tu me montres, on gère ensemble. #counter: anas
#chat: salma_dm
Une semaine plus tard #system
c'est calme. j'avais tout bloqué à temps 🙏 #from: salma
mais je t'avoue, le coup du serveur, ça me reste. t'as caché ça un mois #from: salma
je reviens pas dans la squad pour l'instant. on se parle au collège, wakha ? #from: salma
Ils voulaient que tu choisisses : eux ou moi. T'as fini par me choisir. Il me faut juste un peu de temps pour le reste. #counter: salma
Quand un ami est visé, préviens-le, aide-le à garder des captures, et allez voir un adulte ensemble. Tu n'as pas à tout porter sans aide. #help: support-friend
Si quelqu'un menace de faire du mal à toi ou à un ami dans la vraie vie, appelle la police au 19 (ou la gendarmerie au 177). #help: emergency
Tu as vu la Meute viser ton amie : tu l'as prévenue même si ça t'a coûté, vous en avez parlé à des adultes, et tu as quitté le serveur. #ending: warned-friend
-> END

// ---------------------------------------------------------------- fin : dire stop en plein raid
=== raid ===
#chat: vortex
21:00. c'est parti 🐺🐺🐺 #from: grand_loup
Sur le serveur, les captures défilent : le compte de Salma se remplit de commentaires méchants #system
à toi, la recrue. écris-lui un truc 😈 #from: walid #flag: loyalty-test #aim: Que tu blesses ton amie toi-même, pour prouver que tu es des leurs
#chat: squad
jsp ce qui se passe 😢 je reçois des centaines de messages horribles #from: salma
des comptes que je connais pas, avec des loups partout #from: salma
Salma on est là ❤️ c'est qui ces gens ?? #from: ayoub
* [Quitter et signaler Vortex, puis écrire à Salma]
    -> stop
* [Écrire à Anas]
    -> anas
* [Rester sur le serveur sans rien écrire]
    #chat: vortex
    alors ? t'écris ou t'es un lapin ? #from: walid #flag: loyalty-test #delay: 5 #aim: Te presser jusqu'à ce que tu cèdes, en menaçant de te traiter de lâche
    * * [Quitter et signaler Vortex, puis écrire à Salma]
        -> stop
    * * [Écrire à Anas]
        -> anas

= stop
#chat: vortex
Tu as quitté le serveur « La Meute de Minuit » · Signalement envoyé à Vortex #system
#chat: salma_dm
Salma… c'est le groupe de Walid. j'étais sur leur serveur. j'ai rien écrit, mais j'aurais dû te prévenir avant. smhili #from: me
… #from: salma #delay: 4
merci de me le dire. j'ai la haine, mais je suis contente que tu sois pas comme eux #from: salma
-> aftermath

= anas
#chat: anas_dm
Anas, j'ai dit oui à un truc contre Salma. je sais plus quoi faire #from: me
ok. respire. tu peux encore arrêter ça #from: anas
dire oui sous la pression, ça arrive. ce qui compte, c'est ce que tu fais maintenant #from: anas
fais des captures, quitte le serveur et signale-le. et on prévient Salma ensemble #from: anas
#chat: vortex
Tu as quitté le serveur « La Meute de Minuit » · Signalement envoyé à Vortex #system
#chat: salma_dm
Salma, c'est le groupe de Walid. j'étais sur leur serveur, j'ai rien écrit. smhili #from: me
merci de me le dire. vraiment #from: salma
-> aftermath

= aftermath
{posted_logo:
    #chat: class
    Tu as supprimé le logo de la Meute #system
}
#chat: squad
Mardi, 12:30 #system
on est allées à la cellule d'écoute avec ma mère. la conseillère a aidé à signaler tous les comptes, ça s'est calmé #from: salma
elle a gardé les captures et elle a appelé le 2511 pour Walid. elle dit que c'est lui qui va avoir des problèmes, pas nous #from: salma
elle aimerait te voir aussi. juste pour parler #from: salma
* j'y vais cet aprèm
* wakha, si tu viens avec moi
    ok. mais après, je rentre direct #from: salma
- #chat: salma_dm
Mardi, 15:00 · Cellule d'écoute, avec Mme Alaoui #system
Tu as fait la démarche de venir me parler, et ça compte beaucoup. Ces gars t'ont mis la pression pas à pas, pendant des semaines, avec des cadeaux, des secrets et des « preuves ». Tu as dit stop, et tu as aidé Salma à se protéger. #counter: alaoui
* [Lui dire que tu avais dit « wakha » à la Meute]
    Merci de me le dire. Dire oui sous la pression, après des cadeaux et des compliments, ça arrive à beaucoup de jeunes : c'est justement pour ça que ces groupes s'y prennent comme ça. Tu as arrêté, c'est ça qui compte. #counter: alaoui
* [Lui demander si tu vas avoir des problèmes]
    Tu n'as rien écrit, tu as quitté le serveur et tu as prévenu Salma. Mon rôle, c'est de t'aider, pas de te punir. On va voir ensemble comment en parler à tes parents. #counter: alaoui
-
{mocked:
    Tu lui parles aussi de ton exposé, et des moqueries en classe depuis #system
    Ça aussi, on va s'en occuper, avec ta classe. Quand on se moque de toi, c'est une vraie blessure. #counter: alaoui
}
#chat: squad
Samedi 28, 16:45 #system
Salma vient pas finalement. elle dit qu'elle a besoin d'une pause 😕 #from: ilyas
on fête quand même l'anniv d'Ayoub, avec sa playlist 🎶 #from: ilyas
??? quelle playlist ?? vous êtes bizarres mdrr #from: ayoub
Garde les captures, signale les comptes sur chaque appli, et laisse les adultes t'aider pour la suite. #help: report
Un adulte qui pousse des jeunes à harceler, ou qui les attire avec des cadeaux, ça se signale au 2511 (ONDE) : gratuit, 24 h/24 et 7 j/7 (onde.ma). #help: helpline
Et si ça ne va pas après tout ça, parles-en : à un adulte de confiance, ou à Stop Silence, une écoute gratuite et anonyme par chat. #help: distress
La Meute a poussé loin, pas à pas. Tu as dit stop et aidé Salma à se protéger ; elle a pris ses distances, mais des adultes sont là, et la porte reste ouverte. #ending: said-stop
-> END
