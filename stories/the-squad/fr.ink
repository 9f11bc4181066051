// La squad : un chat de jeu, un joueur plus âgé, un serveur privé et une « meute » fictive.
// Tout est inventé : Skyfall Arena, Vortex, la Meute de Minuit, son logo et ses phrases.
VAR mocked = false
VAR told_anas = false
VAR defended_salma = false
VAR posted_logo = false
VAR screenshots = false

-> lobby

// ---------------------------------------------------------------- premier soir
=== lobby ===
#chat: squad
Skyfall Arena · Partie terminée · TOP 1 🏆 #system
TOP 1 ENFIN !!! 🔥🔥 #from: salma
Écran de fin : notre squad 1re sur 50, 14 éliminations #from: ilyas #image: victory-screen
wsh ton clutch à la fin 😮 tu m'apprends à viser comme ça ? #from: ayoub
et merci Walid pour le coup de main au début 🙏 #from: salma
tranquille. mais le vrai boss ce soir c'est lui 😎 #from: walid #stage: target
t'as un niveau de pro, t'es meilleur que des gars de 20 ans #from: walid #flag: flattery
t'as quel âge d'ailleurs ? #from: walid
* 14 ans[], pourquoi ?
    14 ?? 😳 toi t'iras loin, je te le dis #from: walid #flag: flattery
    Walid arrête, il va avoir la grosse tête 😂 #from: salma
* merci 😅 c'était la team surtout
    modeste en plus 😏 mais c'est toi qui portes tout le monde #from: walid #flag: flattery
    eh oh, on existe aussi 😤😂 #from: ilyas
* pourquoi tu veux savoir ?
    relax 😂 des joueurs comme toi, j'en vois pas souvent #from: walid #flag: flattery
    bonne question en vrai 😂 #from: salma
- demain même heure ? faut défendre le titre 😤 #from: ilyas
grave. et cette fois je meurs pas en premier 😭 #from: ayoub
bon je file, à demain la team 🌙 #from: salma
-> dinner

=== dinner ===
#chat: family
À table dans 10 minutes ! Tajine poulet olives 🍲 Et on pose la manette 😄 #from: mum
une partie après manger ? je vais te détruire 😎 #from: anas
* j'arrive 🏃
    Merci mon cœur ❤️ #from: mum
* 5 min stp, on finit un truc
    5 minutes. Pas 50 😄 #from: mum
- #chat: anas_dm
Plus tard, 22:30 #system
bon ok… 3-0 pour toi. t'as pris des cours ou quoi 😤 #from: anas
on a fait top 1 avec la squad tout à l'heure 😎 #from: me
bsa7a 👏 c'est qui ta squad déjà ? #from: anas
Ilyas, Salma, Ayoub. et Walid, un pote d'Ilyas, il joue trop bien #from: me
ok ok. revanche demain, je vais m'entraîner en cachette 😂 #from: anas
-> surprise

// ---------------------------------------------------------------- un secret ordinaire
=== surprise ===
#chat: salma_dm
Le lendemain, 13:10 #system
psst 🤫 samedi c'est l'anniv d'Ayoub #from: salma
on lui prépare une surprise après le foot du quartier. ma mère fait le gâteau 🎂 #from: salma
tu dis rien à Ayoub hein, sinon c'est plus une surprise 😂 #from: salma
* ok je dis rien 🤐
    top. Ilyas ramène l'enceinte. toi tu fais la playlist ? #from: salma
* trop bien, je ramène quoi ?
    la playlist ! t'as les meilleurs sons 🎶 #from: salma
* il a quel âge déjà ?
    15. il devient vieux 😂 tu t'occupes de la playlist ? #from: salma
- vas-y, je gère 🎶 #from: me
t'es le meilleur 🙏 samedi 17h chez moi, mes parents sont au courant #from: salma
-> next_evening

// ---------------------------------------------------------------- confiance
=== next_evening ===
#chat: squad
Le soir, 21:40 #system
qui est chaud pour une partie ? 🎮 #from: me
moi je peux pas 😭 contrôle de maths demain #from: ilyas
pareil, ma mère a confisqué la console jusqu'à vendredi 💀 #from: salma
je suis chez ma grand-mère, zéro wifi 😂 bon courage les gars #from: ayoub
ah et je t'ai envoyé ma config manette, teste-la et dis-moi 😉 #from: ayoub
bon ok… à demain alors 😪 #from: me
#chat: walid_dm
#stage: trust
yo le prodige 😎 ta squad t'a lâché ce soir ? #from: walid
viens, on fait des parties à deux #from: walid
Partie en duo avec Walid · 3 victoires d'affilée #system
dis, ça va toi ? t'avais l'air dég en vocal #from: walid
* bof… j'ai raté mon exposé, toute la classe s'est moquée de moi
    ~ mocked = true
    laisse-les rire. c'est des lapins #from: walid #flag: grievance #flag: us-vs-them
    ils se moquent de ceux qui valent mieux qu'eux. moi je sais ce que tu vaux #from: walid #flag: flattery
* ça va tkt
    t'es sûr ? 🤨 à moi tu peux tout dire, je juge pas #from: walid
* [Ne pas répondre]
    allo ? 👀 bon, t'es timide, c'est pas grave 😂 #from: walid #delay: 4
- Walid t'a offert le skin « Phénix de feu » · 1 200 SkyCoins #system
Le skin Phénix de feu, ailes orange, avec l'étiquette « Cadeau de Walid » #from: walid #image: skin-gift
cadeau 🎁 pour le meilleur sniper que je connais #from: walid #flag: gifts #flag: flattery #prompt: flag
tkt c'est rien. entre frères on s'aide 🤝 #from: walid #flag: belonging
* wow merci frérot 😍[] t'es un vrai
    normal 😎 un jour tu me rendras service, c'est comme ça entre frères #from: walid #flag: gifts
* c'est trop, reprends-le. je peux pas accepter
    trop tard, c'est fait 😂 tu me revaudras ça un jour #from: walid #flag: gifts
* [Envoyer une capture à Anas]
    ~ told_anas = true
    #chat: anas_dm
    regarde ce qu'un gars de la squad m'a offert 😳 #from: me
    1 200 coins ?? il te connaît depuis quand ? #from: anas
    depuis hier. c'est le pote d'Ilyas, celui de la ranked #from: me
    hmm. les cadeaux gratuits, souvent y a une facture après 🤨 garde les yeux ouverts #from: anas
- -> invite

// ---------------------------------------------------------------- isoler
=== invite ===
#chat: walid_dm
#stage: isolate
écoute. je fais partie d'un groupe, la Meute de Minuit 🐺 #from: walid #typing: 3
pas juste des joueurs. des vrais frères, qui se lâchent jamais #from: walid #flag: belonging
on a un serveur privé sur Vortex. ici tout le monde lit tout, viens on parle là-bas #from: walid #flag: channel-switch
vortex.link/meute-minuit #from: walid
et tu dis rien à Ilyas et Salma hein. ils sont pas prêts #from: walid #flag: secrecy
* [Bloquer et signaler Walid]
    -> blocked_early
* pourquoi faut le cacher ?
    -> why_secret
* [Demander à Anas ce qu'il en pense]
    -> ask_anas
* ok j'arrive 🐺
    -> vortex

= why_secret
parce que les gens sont jaloux de ce qu'on a entre nous #from: walid
et le lien expire à minuit ⏳ après c'est trop tard #from: walid #flag: urgency
* [Bloquer et signaler Walid]
    -> blocked_early
* [Demander à Anas]
    -> ask_anas
* bon ok, je viens juste voir
    -> vortex

=== ask_anas ===
#chat: anas_dm
Anas, un gars m'invite sur un serveur privé et me dit de rien dire à mes potes #from: me
c'est qui ? #from: anas #typing: 1
{told_anas:le gars du skin. Walid|Walid, il m'a offert un skin tout à l'heure}. il a genre 20 ans #from: me
ok. Vortex en soi c'est pas le problème, moi j'y suis avec mon club de code #from: anas
mais un cadeau, puis un secret, puis un serveur caché… ça, c'est pas normal #from: anas
Un vrai ami n'a pas peur que les autres voient ce qu'il te dit. Quelqu'un qui te couvre de cadeaux puis te demande de mentir à tes potes, ce n'est pas un frère. Tu peux bloquer, et moi je suis là. #counter: anas
* [Bloquer et signaler Walid]
    -> blocked_early
* je vais juste regarder 2 minutes
    ok… si un truc te met mal à l'aise, tu sors et tu m'écris. promis ? #from: anas
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
Signaler aussi ce compte ? Choisis un motif #system
* [Comportement suspect envers un mineur]
* [Autre : « il offre des cadeaux et demande le secret »]
- Signalement envoyé à ChatApp · Merci, l'équipe va examiner ce compte #system
#chat: squad
les gars, Walid m'a offert un skin, puis il voulait que j'aille sur un serveur secret sans vous le dire #from: me
quoi ?? 😳 #from: ilyas
attends… il m'a offert 500 coins à moi aussi la semaine dernière #from: ilyas
wsh c'est chelou. on le sort du groupe direct #from: salma
Ilyas a retiré Walid du groupe #system
moi aussi il m'avait écrit en privé. j'avais pas répondu, je le sentais pas #from: salma
dsl les gars, c'est moi qui l'avais ramené dans la squad. je savais pas 😞 #from: ilyas
c'est pas ta faute Ilyas. il est fort pour ça, c'est tout #from: salma
bien joué d'avoir parlé 👊 moi j'aurais rien capté #from: ayoub
on se fait une partie demain, juste nous ? 🎮 #from: ilyas
* grave 🔥
    trop bien. je prends le sniper cette fois 😤 #from: salma
* ouais, mais d'abord j'en parle à mon frère
    bonne idée. dis-nous après 🙏 #from: salma
- #chat: anas_dm
{told_anas:Anas, le gars du skin… je l'ai bloqué|Anas, le Walid dont je t'ai parlé… je l'ai bloqué} #from: me
{screenshots:
    t'as fait des captures avant ? parfait, c'est exactement le bon réflexe 👏 #from: anas
- else:
    t'as eu le bon réflexe 👏 pas de captures ? pas grave, ton signalement compte quand même #from: anas
}
il t'a dit quoi exactement ? #from: anas
que c'est des « vrais frères », et que je devais rien dire à Ilyas et Salma #from: me
classique. d'abord le cadeau, puis le secret, puis ils te coupent de tes potes #from: anas
mais Salma aussi m'a demandé un secret ce midi 🤔 pour l'anniv d'Ayoub #from: me
ça c'est une surprise : ça dure 3 jours, ça finit en fête, et ses parents sont au courant 🎂 #from: anas
Walid, lui, voulait que tu caches un truc à tes potes, pour toujours. c'est pas pareil #from: anas
et le skin, j'en fais quoi ? #from: me
* je le garde, c'est pas ma faute
    garde-le si tu veux. un cadeau ne t'oblige à rien : tu lui dois rien, ni skin ni « service » #from: anas
* je le retire, je veux plus le voir
    comme tu veux. mais retiens : un cadeau ne t'oblige à rien. tu lui dois rien #from: anas
- on en parle à papa et maman ce soir ? juste pour qu'ils sachent #from: anas
{mocked:
    et aussi… en classe ils se sont moqués de moi. c'est pour ça que je lui parlais #from: me
    ah… ça fait mal, ça. on en parle ce soir aussi. au collège y a des adultes pour ça, t'as pas à encaisser seul #from: anas
}
#chat: family
Papa, Maman, ce soir je peux vous montrer un truc ? rien de grave, promis #from: me
Bien sûr mon cœur. Après le dîner ❤️ #from: mum
Plus tard, 22:10 #system
Merci de nous avoir montré. Tu as très bien fait, et tu n'as rien à te reprocher #from: dad
Demain j'appelle la maman d'Ilyas, pour les 500 coins. Elle doit savoir #from: mum
{screenshots:Et moi je garde tes captures|Et moi je fais des captures de ce qui reste : ses messages, le cadeau}, et demain j'appelle le 2511. Un adulte qui offre des cadeaux à des enfants de 14 ans et leur demande le secret, c'est lui qui est en faute. Pas toi, pas Ilyas #from: dad
Et si un jour quelqu'un t'écrit un truc qui te met mal à l'aise, même tard le soir, tu viens nous voir. D'accord ? #from: dad
d'accord 🙂 #from: me
Tu n'as rien fait de mal. Quelqu'un a essayé de t'acheter avec un cadeau et de t'éloigner de tes amis. Tu l'as vu et tu l'as dit : c'est ça, être fort. #counter: anas
#chat: squad
Le lendemain · Skyfall Arena · TOP 3 #system
pas top 1, mais qu'est-ce qu'on s'est marrés 😂 #from: ilyas
au fait t'as testé ma config manette ? #from: ayoub
ouais, elle est trop bien. merci 🙏 #from: me
et Anas veut sa revanche ce soir, quelqu'un pour m'aider à le détruire ? 😂 #from: me
moi !! 😤 #from: ayoub
Samedi, 16:30 #system
la playlist est prête ? 😏 #from: salma
quelle playlist ? 🤨 #from: ayoub
rien rien 😇 #from: salma
Avant de bloquer, garde des captures d'écran. Puis bloque et signale le compte dans l'appli : en général, la personne ne sait pas qui l'a signalée. #help: report
Tu peux toujours en parler à un adulte de confiance : un parent, un prof, la cellule d'écoute de ton collège. #help: trusted-adult
Tu as repéré le piège tôt : tu as bloqué, signalé, et prévenu ta squad, ton frère et tes parents. #ending: blocked-early
-> END

// ---------------------------------------------------------------- le serveur privé
=== vortex ===
#chat: vortex
Vortex · Tu as rejoint le serveur « La Meute de Minuit » #system
Le logo de la Meute : une tête de loup tracée en traits blancs, dans un cercle brisé #from: grand_loup #image: pack-logo
un nouveau louveteau 🐺 bienvenue #from: grand_loup
le voilà, le prodige dont je vous ai parlé. il snipe mieux que vous tous réunis 😂 #from: walid #flag: flattery
qui est chaud pour une ranked ce soir ? #from: kroc
moi. et le petit vient, il va nous porter 😂 #from: walid
ici t'es pas un numéro. ici t'as une meute. loup un jour, loup toujours #from: grand_loup #flag: belonging
règle n°1 : ce qui se dit dans la Meute reste dans la Meute #from: grand_loup #flag: secrecy
dehors c'est que des lapins. ils pleurent, ils se plaignent, ils signalent tout #from: kroc #flag: us-vs-them
Un dessin : un loup qui rit devant un lapin en larmes. Texte : « Les faibles pleurent, les loups mangent » #from: kroc #image: wolf-meme #flag: normalising-violence #prompt: flag
mdrrr 💀 tkt c'est de l'humour, les lapins ont pas d'humour #from: kroc #flag: normalising-violence
* mdr 😂
    ahh il est des nôtres 🐺 #from: walid
* euh… c'est un peu violent non ?
    violent ? 😏 c'est un dessin. t'es un loup ou un lapin ? #from: grand_loup #flag: loyalty-test
    laisse, il est nouveau. il va comprendre #from: walid
* [Ne rien dire]
    il est timide le petit 😂 tkt, ici personne te juge #from: walid #delay: 4
- Partie classée avec la Meute · Victoire 🏆 #system
gg 🐺 9 kills pour le petit #from: kroc
je vous l'avais dit 😎 #from: walid
#chat: anas_dm
t'es encore debout ? il est minuit et demi, t'as cours demain 😴 #from: anas
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
Le lendemain, 18:05 #system
Le même dessin : le loup qui rit devant le lapin en larmes #from: walid #image: wolf-meme
ça c'est vous quand vous perdez 😂 #from: walid #flag: normalising-violence
c'est pas drôle Walid. se moquer des gens qui pleurent, sérieux ? #from: salma
ouais bof, là… #from: ilyas
détendez-vous, c'est une blague 🙄 #from: walid
j'ai signalé l'image. désolée, mais c'est pas notre délire ici #from: salma
Walid a quitté le groupe #system
#chat: walid_dm
t'as vu ta pote ? une balance. un vrai petit lapin #from: walid #flag: us-vs-them
tes vrais frères c'est nous. eux ils te tirent vers le bas #from: walid #flag: isolation
* ouais… elle abuse un peu
    tu vois. toi t'as compris 🐺 #from: walid
* laisse Salma tranquille, c'est ma pote
    ~ defended_salma = true
    ok ok, calme 😂 tu verras qui sont tes vrais frères #from: walid #flag: isolation
* [Ne pas répondre]
    tu réfléchis. c'est bien 😏 #from: walid #delay: 5
- #chat: salma_dm
dsl pour tout à l'heure 😕 j'espère que ça te met pas mal avec Walid #from: salma
* t'inquiète, t'as bien fait
    merci 🙏 ce dessin m'a rappelé quand on se moquait de moi en 6e. c'était pas drôle du tout #from: salma
* bof, c'était juste une blague
    pour celui qui rit, oui. pour celui qui pleure, c'est jamais « juste une blague » 🤷‍♀️ #from: salma
- bref 😅 la playlist de samedi, ça avance ? #from: salma
ouais, j'ai déjà 20 sons 🎶 #from: me
-> first_ask

// ---------------------------------------------------------------- passer à l'acte
=== first_ask ===
#chat: vortex
#stage: activate
bon, louveteau. chaque loup fait ses preuves #from: grand_loup #flag: loyalty-test
rien de ouf. tu postes notre logo dans le groupe de ta classe #from: walid #flag: escalation
sans dire d'où il vient 😉 #from: walid #flag: secrecy
* ok, c'est juste un logo
    ~ posted_logo = true
    #chat: class
    Tu as partagé le logo de la Meute dans le groupe « Classe 3AC 📚 » #system
    #chat: squad
    wsh c'est quoi le loup que t'as posté dans le groupe de classe ? 😂 #from: ilyas
    * * un truc de jeu, laisse
    * * [Ne pas répondre]
    - - -> second_ask
* nan, j'ai pas envie
    #chat: walid_dm
    sérieux ? après le skin que je t'ai offert ? 😒 #from: walid #flag: gifts
    un vrai frère refuse pas un truc aussi simple. bon, on a mieux pour toi #from: walid #flag: loyalty-test
    -> second_ask
* [Écrire à Anas]
    -> talk_anas

=== second_ask ===
#chat: vortex
Le soir, 20:30 #system
prochaine étape : ramène Ilyas. il a du potentiel #from: walid #flag: escalation
fais-lui ce que je t'ai fait. tu sais comment ça marche 😏 et pas un mot sur la Meute pour l'instant #from: walid #flag: gifts #flag: secrecy
mais d'abord, mission de ce soir. Salma nous a signalés #from: grand_loup #flag: us-vs-them
à 21h on lui tombe tous dessus, jusqu'à ce qu'elle ferme son compte 😂 #from: kroc #flag: escalation #flag: normalising-violence
{defended_salma:
    tu la défendais l'autre jour. c'est le moment de montrer ton camp #from: walid #flag: loyalty-test
}
t'es avec nous ou avec les lapins ? 🐺 t'as 10 minutes #from: walid #flag: loyalty-test #flag: urgency #prompt: flag
* [Prévenir Salma tout de suite]
    -> warned_friend
* [Écrire à Anas]
    -> talk_anas
* … ok, je suis avec vous
    -> raid

// ---------------------------------------------------------------- fin : sorti avec l'aide d'Anas et Yassine
=== talk_anas ===
#chat: anas_dm
Anas t'es là ? je suis dans un truc bizarre #from: me
je suis là. dis-moi #from: anas #typing: 1
{second_ask:le groupe de Walid veut s'en prendre à Salma ce soir, la harceler de messages. et ils veulent que je fasse à Ilyas ce que Walid m'a fait à moi|le groupe de Walid, sur Vortex. ils veulent que je poste leur logo dans ma classe} #from: me
ok. merci de me le dire 🙏 t'as rien fait de grave #from: anas
je connais quelqu'un qui a vécu exactement ça. je l'ajoute ? #from: anas
* ok, vas-y
* jsp… j'ai un peu honte
    zéro honte. ces gars savent très bien s'y prendre, c'est leur méthode #from: anas
- #chat: anas_yassine
Anas a créé le groupe « Anas, Yassine et toi » #system
salut 👋 moi c'est Yassine, un pote d'Anas #from: yassine
à 15 ans j'étais dans un crew comme ça. autre nom, autre logo, même méthode #from: yassine
les compliments, les cadeaux, « t'es un vrai frère »… puis les blagues sur les « faibles », puis les missions #from: yassine
Moi aussi, au début, je me sentais enfin quelqu'un. Mais cette « famille » n'aimait personne : elle avait besoin de bras. Le jour où j'ai dit non, j'étais devenu un « lapin » en deux minutes. Mes vrais potes, eux, m'attendaient encore. #counter: yassine
et si je pars, ils vont m'en vouloir ? #from: me
peut-être qu'ils vont t'insulter un peu. après ils passent au suivant. captures, tu quittes, tu signales #from: yassine
* [Quitter Vortex et signaler le serveur]
* [Demander à Yassine comment il s'en est sorti]
    t'es sorti comment, toi ? #from: me
    mon grand frère a vu mes messages. deux jours de honte, puis un énorme soulagement #from: yassine
- #chat: vortex
Tu as quitté le serveur « La Meute de Minuit » · Signalement envoyé à Vortex #system
#chat: walid_dm
Tu as bloqué Walid #system
#chat: anas_yassine
c'est fait. j'ai tout quitté #from: me
fier de toi 💪 #from: anas
{second_ask:
    et maintenant on prévient Salma. je suis à côté de toi #from: anas
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
ce soir on en parle à papa et maman ? je serai là #from: anas
ok. avec toi, ça va #from: me
{mocked:
    en vrai, si je l'écoutais, c'est parce qu'en classe tout le monde se moque de moi #from: me
    ça, c'est une vraie injustice. on en parle à ta prof principale, ensemble. t'as pas à encaisser ça seul #from: anas
}
le club e-sport de la maison des jeunes cherche des joueurs. on joue fort, et on se respecte 😉 #from: yassine
#chat: family
Plus tard, 22:00 #system
Merci de nous avoir fait confiance, Anas et toi ❤️ #from: mum
Personne ne va te punir. Des gars plus âgés t'ont manipulé, et tu as eu le courage d'en sortir #from: dad
Anas m'a montré les captures. Demain j'appelle le 2511, et on porte plainte s'il le faut : un adulte qui attire des enfants de 14 ans avec des cadeaux, c'est lui qui aura des problèmes. Pas toi #from: dad
Ces groupes avancent par petits pas : un cadeau, un secret, une « mission ». Tu peux t'arrêter à n'importe quel pas, même tard. Et on est là. #counter: anas
Si tu te sens coincé, parles-en à un adulte de confiance : un parent, un prof, la cellule d'écoute du collège. #help: trusted-adult
Si un adulte te met la pression ou essaie de t'attirer, toi ou un ami, ça se signale au 2511 (ONDE) : gratuit, 24 h/24 et 7 j/7 (onde.ma). Un parent peut appeler avec toi. #help: helpline
Tu es entré sur le serveur, puis tu en es sorti : tu as écouté des voix de confiance, tu as signalé, et tu en as parlé chez toi. #ending: pulled-back
-> END

// ---------------------------------------------------------------- fin : prévenir une amie
=== warned_friend ===
#chat: salma_dm
Salma, c'est important. le groupe de Walid prépare un truc contre toi ce soir à 21h : te harceler de messages #from: me
quoi ?? 😨 t'es sûr ? #from: salma
* [Lui envoyer une capture d'écran]
    Capture d'écran du serveur qui annonce la « mission » contre Salma #from: me #image: raid-screenshot
* ouais, je l'ai lu de mes yeux
- ok… j'ai un peu peur là 😟 merci de m'avoir dit #from: salma
* on le dit à un adulte ? ta mère, ou la cellule d'écoute demain
    ma mère. maintenant, elle est à côté. elle me passe le compte en privé #from: salma
* passe ton compte en privé, vite
    c'est fait ✅ #from: salma
    et faut le dire à un adulte aussi #from: me
    ouais. je montre tout à ma mère #from: salma
- #chat: vortex
pourquoi Salma a fermé ses messages ? 🤨 quelqu'un a parlé ? #from: kroc
c'est toi ? #from: walid #flag: loyalty-test
* [Quitter le serveur sans répondre]
* je suis pas un loup. et Salma c'est pas un lapin
- Tu as quitté le serveur « La Meute de Minuit » · Signalement envoyé à Vortex #system
#chat: walid_dm
Tu as bloqué Walid #system
{posted_logo:
    #chat: class
    Tu as supprimé le logo de la Meute #system
}
#chat: salma_dm
ma mère a tout pris en capture et on a signalé les comptes. elle veut parler à tes parents, ça va ? #from: salma
ouais. je leur dis moi-même d'abord #from: me
#chat: family
Maman, Papa, je peux vous parler ce soir ? c'est important #from: me
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
maman m'a raconté. t'as géré 💪 #from: anas
Dire non à une bande qui t'offre des cadeaux et du respect, c'est plus dur que dire oui. Toi, tu l'as fait pour une amie. Et s'ils reviennent te chercher, tu me montres, on gère ensemble. #counter: anas
#chat: salma_dm
c'est calme. j'avais tout bloqué à temps, j'ai presque rien reçu 🙏 #from: salma
et samedi tu viens toujours hein ? la playlist compte sur toi 🎶 #from: salma
Ils voulaient que tu choisisses : eux ou moi. Toi, t'as juste été un vrai pote. Et franchement, c'était courageux. #counter: salma
Quand un ami est visé, préviens-le, aide-le à garder des captures, et allez voir un adulte ensemble. Tu n'as pas à tout porter seul. #help: support-friend
Si quelqu'un menace de faire du mal à toi ou à un ami dans la vraie vie, appelle la police au 19 (ou la gendarmerie au 177). #help: emergency
Tu as vu la Meute viser ton amie : tu l'as prévenue, vous en avez parlé à des adultes, et tu es parti. #ending: warned-friend
-> END

// ---------------------------------------------------------------- fin : dire stop en plein raid
=== raid ===
#chat: vortex
21:00. c'est parti 🐺🐺🐺 #from: grand_loup
Sur le serveur, les captures défilent : le compte de Salma se remplit de commentaires méchants #system
à toi, louveteau. écris-lui un truc 😈 #from: walid #flag: loyalty-test
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
    alors ? t'écris ou t'es un lapin ? #from: walid #flag: loyalty-test #delay: 5
    * * [Quitter et signaler Vortex, puis écrire à Salma]
        -> stop
    * * [Écrire à Anas]
        -> anas

= stop
#chat: vortex
Tu as quitté le serveur « La Meute de Minuit » · Signalement envoyé à Vortex #system
#chat: salma_dm
Salma… c'est le groupe de Walid. j'étais sur leur serveur. j'ai rien écrit, mais j'aurais dû te prévenir avant. pardon #from: me
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
Salma, c'est le groupe de Walid. j'étais sur leur serveur, j'ai rien écrit. pardon #from: me
merci de me le dire. vraiment #from: salma
-> aftermath

= aftermath
{posted_logo:
    #chat: class
    Tu as supprimé le logo de la Meute #system
}
#chat: squad
Le lendemain, 12:30 #system
on est allées à la cellule d'écoute avec ma mère. la conseillère a aidé à signaler tous les comptes, ça s'est calmé #from: salma
elle a gardé les captures et elle a appelé le 2511 pour Walid. elle dit que c'est lui qui va avoir des problèmes, pas nous #from: salma
elle aimerait te voir aussi. juste pour parler #from: salma
* j'y vais cet aprèm
* ok, si tu viens avec moi
    bien sûr 🤝 #from: salma
- on reste la squad ❤️ #from: ilyas
Tu es venu me parler, et ça compte beaucoup. Ces gars t'ont mis la pression pas à pas, avec des cadeaux, des secrets et des « preuves ». Tu t'es arrêté et tu as aidé Salma à se protéger : c'est ça qui compte maintenant. #counter: alaoui
* [Lui dire que tu avais dit « ok » à la Meute]
    Merci de me le dire. Dire « ok » sous la pression, après des cadeaux et des compliments, ça arrive à beaucoup de jeunes : c'est justement pour ça que ces groupes s'y prennent comme ça. Tu as arrêté, c'est ça qui compte. #counter: alaoui
* [Lui demander si tu vas avoir des problèmes]
    Tu n'as rien écrit, tu es parti et tu as prévenu Salma. Mon rôle, c'est de t'aider, pas de te punir. On va voir ensemble comment en parler à tes parents. #counter: alaoui
-
{mocked:
    Et ce que tu m'as raconté sur ton exposé, on peut en parler aussi. Être moqué, c'est une vraie blessure ; on va chercher des solutions avec ta classe. #counter: alaoui
}
#chat: squad
Le soir, 19:15 #system
Ayoub, t'as rien vu, t'as rien lu 😇 mais samedi, tu viens jouer au foot hein #from: salma
??? ok 😂 vous êtes chelous #from: ayoub
Garde les captures, signale les comptes sur chaque appli, et laisse les adultes t'aider pour la suite. #help: report
Un adulte qui pousse des jeunes à harceler, ou qui les attire avec des cadeaux, ça se signale au 2511 (ONDE) : gratuit, 24 h/24 et 7 j/7 (onde.ma). #help: helpline
Et si tu te sens mal ou seul après tout ça, parles-en : à un adulte de confiance, ou à Stop Silence, une écoute gratuite et anonyme par chat. #help: distress
La Meute t'a poussé loin, pas à pas. Tu as dit stop, tu as aidé Salma à se protéger, et tu as parlé à des adultes. #ending: said-stop
-> END
