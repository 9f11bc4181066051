// Le mentor : après une dispute à la maison et de mauvaises notes, un « mentor » chaleureux et plus âgé,
// membre d'un groupe fictif (« le Cercle du Phare ») qui se déguise en religion. Des techniques, pas de doctrine :
// aucun texte sacré n'est cité ni paraphrasé, et la foi n'est jamais le signal d'alerte (la prière, la mosquée,
// l'imam et la famille croyante sont du côté de la personne qui joue). Cinq semaines passent entre le premier
// message de Hamza et son « vrai test ».
// Genre : g(fille, garçon, non dit). Pour « non dit », on reformule sans accord.
VAR player_gender = "unsaid"
VAR muted = false
VAR ignored_first = false
VAR posted_image = false
VAR maths_support = false
VAR lied_about_idir = false
VAR cancelled_idir = false

-> family_night

=== function g(girl, boy, unsaid) ===
{
- player_gender == "girl": ~ return girl
- player_gender == "boy": ~ return boy
- else: ~ return unsaid
}

// ---------------------------------------------------------------- semaine 1 : le bulletin
=== family_night ===
#chat: family
Dimanche, 22 h 40 #system
Je ne veux plus en parler ce soir. #from: papa #typing: 2
6 sur 20 en maths. Avec tous les cours de soutien qu'on paie. #from: papa
Ton cousin Othmane a eu 15. #from: papa
baba 3afak il est tard 🙏 #from: nisrine
on en parle demain, calmement #from: nisrine
Tout le monde au lit. Demain est un autre jour, inchallah. #from: mama
* wakha, bonne nuit
    Bonne nuit mon cœur ❤️ #from: mama
* j'ai essayé, wallah. ok ?
    on sait 🫂 #from: nisrine #delay: 3
* [Mettre le groupe en sourdine]
    ~ muted = true
    Tu as mis Famille 🏠 en sourdine #system
- -> the_post

=== the_post ===
#chat: idir_dm
Tu as publié une story : un écran noir avec écrit « à quoi ça sert. je compte pour personne de toute façon. » #system #distress
salam #from: idir
je viens de voir ta story 😕 #from: idir
wallah ça va, pour de vrai ? je suis là, tu peux tout me dire 🤍 #from: idir #checkin
* [Laisser en vu]
    ok, machi mochkil #from: idir #delay: 4
    je suis là si tu veux. même à 3h du mat 🤝 #from: idir
* rien, juste la fatigue
    c'est les notes ? #from: idir
    moi aussi c'était la cata. ma mère a pris la box wifi dans sa chambre 😭 #from: idir
    demain à la récré les msemen c'est pour moi #from: idir
* embrouille avec mon père à cause des notes
    aïe #from: idir
    ça va se calmer. ton père il crie d'abord et après il achète des gâteaux 😅 #from: idir
    demain à la récré les msemen c'est pour moi. on en parle #from: idir
- Quand tout paraît lourd, ça aide d'en parler, et ça peut aller mieux. Parle à quelqu'un de confiance : un ami comme Idir, ta famille, un prof. Stop Silence écoute aussi les jeunes par chat, gratuitement et sans donner ton nom. En cas de danger, appelle le 19 ou le 15. #help: distress
-> hamza_request

=== hamza_request ===
#chat: hamza_dm
23 h 55 #system
Demande de message de Hamza.M · 12 amis en commun #system
salam. désolé de débarquer comme ça #from: hamza #stage: target
j'ai vu ta story #from: hamza
ça m'a touché. j'étais exactement comme toi à ton âge #from: hamza #typing: 3
tout le monde me disait que je ferais jamais rien de ma vie #from: hamza
* t'es qui ?
    Hamza. 24 ans. je connais quelques personnes de ton quartier #from: hamza
    je parle avec des plus jeunes qui traversent une mauvaise passe. c'est tout 🙂 #from: hamza
* merci, c'est gentil
    de rien #from: hamza
    quand quelqu'un poste ça à minuit, en général il a juste besoin qu'on l'écoute #from: hamza
* [Ne pas répondre]
    ~ ignored_first = true
    pas de pression. je te laisse tranquille 🤍 #from: hamza #delay: 6
- -> salma_checks_in

=== salma_checks_in ===
#chat: nisrine_dm
tu dors ? #from: nisrine
j'ai vu ta story. tu comptes bezzaf pour moi, tu sais ? 🫂 #from: nisrine #checkin
baba a abusé ce soir. je le lui ai dit #from: nisrine
il est stressé par le boulot. c'est pas une excuse, mais pour que tu saches #from: nisrine
et pour info, moi j'ai eu 4 en physique en 1ère bac. et daba je suis à la fac 😌 #from: nisrine
* merci 🫶
    de rien. yallah dors, t'as cours demain 😴 #from: nisrine
* il pense que je vaux rien
    non. il a peur pour toi, et il le dit mal #from: nisrine
    on en parle demain, tous les trois si tu veux #from: nisrine
* [Laisser en vu]
    ok. {g("tesb7i 3la khir", "tesba7 3la khir", "bonne nuit")} 🌙 #from: nisrine #delay: 3
- -> school_break

=== school_break ===
#chat: idir_dm
Lundi, 10 h 05 #system
t'es où ? je suis devant la cantine avec deux msemen au miel 😋 #from: idir
j'arrive 🏃 #from: me
vite, avant que Bilal les voie hhhh #from: idir
au fait, la prof de maths fait du soutien gratuit le jeudi à 17 h #from: idir
ma mère m'a inscrit sans me demander 😂 #from: idir
mais Bilal et les autres disent que c'est « le club des nuls » 🙄 #from: idir
tu viens avec moi ? à deux c'est moins la hchouma #from: idir
* yallah, on y va
    ~ maths_support = true
    bsa7a ! on se met au fond 😎 #from: idir
    et si Bilal dit un truc, on dira qu'on y va pour la prof hhhh #from: idir
* jsp. les maths c'est pas pour moi
    c'est autant pour toi que pour moi. t'as juste décroché aux fonctions, comme la moitié de la classe #from: idir
    viens une fois. si c'est nul, on part #from: idir
- -> papa_message

=== papa_message ===
#chat: family
Lundi, 19 h 12 #system
{muted:
    Nouveaux messages dans Famille 🏠 (en sourdine) #system
}
🎤 Message vocal : « Mon cœur, ta mère m'a raconté. Une mauvaise note, et alors ? Ton oncle a raté son bac deux fois, et maintenant il a sa boutique et il arrête pas de parler 😂 » #from: khadija
🎤 Message vocal : « De tous mes neveux et nièces, c'est toi le cerveau. Le dis pas à tes cousins 🤫 Dimanche vous venez manger, je fais une rfissa ! » #from: khadija
tata on est TOUS dans le groupe hhhh #from: nisrine
🎤 Message vocal : « Nisrine, toi aussi t'es mon cerveau préféré. Chacun son tour 😂 Dimanche 13 h, et ramenez du pain ! » #from: khadija
J'ai fait une prière pour toi ce matin ❤️ ça va aller mieux, tu vas voir #from: mama
J'ai été trop dur hier. Je ne suis pas doué pour les messages. #from: papa #delay: 2
Il y a des cornes de gazelle sur la table. Celles que tu aimes. #from: papa
On va trouver une solution pour les maths. Ensemble. #from: papa
* merci baba ❤️
    👍 #from: papa
    baba a mis un emoji. jour historique hhhh #from: nisrine
* ok.
    il fait des efforts, tu sais 🙂 #from: nisrine
* [Laisser en vu]
    😘 #from: mama #delay: 3
- -> days_of_listening

// ---------------------------------------------------------------- semaines 2 et 3 : l'écoute
=== days_of_listening ===
#chat: hamza_dm
Deux semaines plus tard #system
Depuis ce dimanche-là, Hamza.M t'écrit presque tous les soirs #system
Mercredi, 22 h 10 #system
{ignored_first:
    tu te souviens, la première fois t'avais même pas répondu 🙂 et regarde-nous #from: hamza
}
alors, c'était comment le lycée aujourd'hui ? #from: hamza #stage: trust
* nul, tout le monde comparait ses notes
    les notes. comme si un chiffre sur une feuille disait qui tu es #from: hamza
* [Lui raconter la dispute avec ton père]
    mon père m'a dit en gros que je suis une déception #from: me
    ça doit faire mal #from: hamza
    moi je crois que t'as essayé. quelqu'un devait te le dire #from: hamza
- moi en 1ère j'avais 5 en maths. chez moi aussi ça criait fort 😅 #from: hamza
tu fais quoi quand t'es pas en cours ? #from: hamza
* je dessine un peu
    je le savais. les artistes voient ce que les autres voient pas #from: hamza #flag: flattery #aim: Te faire croire qu'il voit en toi quelque chose de rare
* du foot, mais je suis pas ouf
    le foot c'est une question de cœur. et du cœur t'en as, je le sens #from: hamza #flag: flattery #aim: Que tu aies envie de lui plaire en retour
* [Ne pas répondre]
    ah, le mystère 😄 j'aime bien #from: hamza
- tu sais, t'écris pas comme les gens de ton âge. c'est plus profond #from: hamza #flag: flattery #aim: Te faire croire que tu es au-dessus des jeunes de ton âge
je t'ai envoyé une recharge de 20 dh. comme ça t'as plus d'excuse pour pas me répondre 😄 #from: hamza #flag: gifts #aim: Te faire un cadeau pour que tu n'aies plus d'excuse de ne pas répondre
* [Accepter la recharge]
    merci, t'étais pas obligé #from: me
    entre nous on compte pas 🤝 #from: hamza #flag: gifts #aim: Que le cadeau paraisse normal, comme entre amis proches
* je peux pas accepter ça
    {g("khti", "khoya", "allez")} c'est 20 dh hhhh. tu vas pas me vexer pour 20 dh ? #from: hamza #flag: gifts #aim: Que refuser le cadeau te paraisse méchant
    non vraiment. garde-les #from: me
    … ok. comme tu veux #from: hamza #delay: 4
    Dix minutes sans rien. Puis Hamza.M réécrit, comme si de rien n'était #system
- la vérité, c'est que les gens comme nous rentrent pas dans leurs petites cases #from: hamza
le lycée, les notes, ce que la famille veut… ils voient un chiffre, pas toi #from: hamza #flag: grievance #aim: Que tu penses que ta famille et l'école ne te voient pas vraiment
ils ont déjà décidé que tu comptes pour personne. ils ont tort #from: hamza #flag: grievance #aim: Nourrir ta peur de ne compter pour personne
je fais partie d'un petit cercle. le Cercle du Phare #from: hamza
Un petit phare gris dans un cercle #from: hamza #image: lighthouse-symbol
des gens qui étaient perdus comme toi et moi. maintenant on a un but, et on est comme une famille #from: hamza #flag: belonging #aim: Te faire croire que son groupe est la famille qui te manque
* c'est quoi, un genre de club ?
    un genre de famille. tu verras 🙂 #from: hamza #flag: belonging #aim: Éveiller ta curiosité pour son groupe, sans rien en dire de clair
* mdr tu me connais même pas
    ah. ok #from: hamza #delay: 4
    Plus rien de la soirée. Tu regardes ton téléphone jusqu'à minuit #system
    désolé, j'étais occupé 🙂 t'as raison, tu me connais pas encore. mais ce sentiment, je l'ai eu pendant des années #from: hamza
- -> idir_friday

=== idir_friday ===
#chat: idir_dm
Jeudi, 18 h 30 #system
{maths_support:
    bsa7a pour tout à l'heure 💪 t'as trouvé la dérivée avant moi, la prof était choquée hhhh #from: idir
    Bilal nous a appelés « les profs » toute la journée. mskine, il est jaloux #from: idir
- else:
    t'as raté le soutien. la prof a demandé où t'étais 👀 #from: idir
}
au fait demain mon père m'emmène à la prière, et après couscous chez nous #from: idir
tu viens ? ma mère en fait toujours beaucoup trop 😂 #from: idir
oui ! compte sur moi #from: me
yallah 💪 #from: idir
Hamza.M : « demain 13 h t'es libre ? j'ai un truc important à te dire, en appel » #system
* [Répondre à Hamza que tu seras chez Idir]
    demain je peux pas. mosquée et couscous chez Idir #from: me #chat: hamza_dm
    ah. d'accord. je pensais que c'était important pour toi, nous #from: hamza #flag: loyalty-test #aim: Te faire culpabiliser d'avoir passé du temps avec ton ami
    pas grave. je serai là quand t'auras le temps 🙂 #from: hamza
* [Dire à Idir que finalement tu ne peux pas]
    ~ cancelled_idir = true
    smhli Idir, finalement demain je peux pas. un truc #from: me
    ah. wakha #from: idir #delay: 3
    ça fait deux semaines que t'es toujours sur ton tél. ça va ? #from: idir
- -> sunday_lunch

=== sunday_lunch ===
#chat: hamza_dm
Dimanche, 13 h 15 #system
t'es là ? #from: hamza
faut que je te parle d'un truc. maintenant si tu peux #from: hamza #flag: urgency #aim: Que tu lâches tout pour lui répondre, même en famille
Déjeuner à la maison. Papa a posé le tajine sur la table, et son téléphone dans l'entrée : « Aujourd'hui, pas de téléphones à table. Moi le premier. » #system
Ton téléphone vibre dans ta poche. Deux fois. Trois fois #system
* [Poser ton téléphone dans l'entrée, à côté de celui de Papa]
    Nisrine raconte sa prof de fac qui parle à son ordinateur. Papa rit, pour la première fois depuis des semaines #system
    Dimanche, 15 h 02 #system
    Six messages non lus de Hamza.M #system
    dsl, j'étais à table #from: me
    ah. enfin 🙂 #from: hamza
    je t'ai attendu deux heures. mais bon, la famille d'abord, c'est ça ? #from: hamza #flag: loyalty-test #aim: Te faire culpabiliser d'avoir passé du temps en famille
    c'était rien d'important finalement #from: hamza #delay: 3
* [Répondre sous la table]
    2 min. je suis à table #from: me
    ok. je t'attends 🙂 #from: hamza
    t'écris à qui sous la table ? 👀 #from: nisrine #chat: nisrine_dm
    Papa te regarde. Il ne dit rien, et il pose sa fourchette #system
- -> real_path

// ---------------------------------------------------------------- semaine 4 : le « vrai chemin »
=== real_path ===
#chat: hamza_dm
Une semaine plus tard #system
Jeudi, 22 h 30 #system
ça fait presque un mois qu'on parle. t'as changé, tu sais. t'as grandi depuis ce soir-là #from: hamza #flag: flattery #aim: Que tu croies que c'est grâce à lui que tu grandis
t'as prévu quoi demain ? #from: hamza
{cancelled_idir:
    la prière de vendredi avec mon père #from: me
- else:
    la prière de vendredi avec Idir et son père #from: me
}
la mosquée c'est bien. pour les débutants 🙂 #from: hamza #flag: false-authority #aim: Rabaisser ce qu'on t'apprend à la mosquée
ce qu'on t'explique là-bas, c'est la version light. pour ceux qui restent dans le brouillard #from: hamza #flag: false-authority #aim: Que tu méprises ce que disent l'imam et tes proches
moi j'étudie depuis des années. plus que n'importe quel imam du coin #from: hamza #flag: false-authority #aim: Que tu le croies plus savant que l'imam
Une ligne de belle calligraphie qui s'arrête au milieu d'une phrase, avec le phare gris en dessous #from: hamza #image: cut-verse #flag: false-authority #prompt: flag #aim: Te faire croire que son groupe détient le vrai sens des textes
ce verset-là. y a que nous qui le lisons comme il faut. personne d'autre te le dira #from: hamza #flag: false-authority #aim: Que tu n'écoutes plus que lui sur la religion
tes parents t'aiment, à leur façon #from: hamza #stage: isolate
mais ils comprennent pas le vrai chemin. pour eux c'est les notes et ce que disent les voisins #from: hamza #flag: isolation #aim: T'éloigner de ta famille en disant qu'elle ne comprend pas
alors nos discussions, ça reste entre nous, ok ? #from: hamza #flag: secrecy #prompt: flag #aim: Que personne ne voie ce qu'il te dit
* 3lach c'est secret ?
    c'est pas secret. c'est privé 🙂 tout le monde a des trucs privés #from: hamza
    tu leur diras un jour, le moment venu. pas maintenant #from: hamza #flag: secrecy #aim: Que tu te taises, en te faisant croire que c'est juste pour plus tard
    * * [Fermer la discussion et aller voir Papa]
        -> talked_to_dad
    * * wakha, entre nous
        -> first_ask
* wakha, entre nous
    -> first_ask
* [Fermer la discussion et aller voir Papa]
    -> talked_to_dad

=== talked_to_dad ===
#chat: papa_dm
baba, tu dors ? #from: me
Non. Ça va ? #from: papa #typing: 2
j'ai besoin de parler, et c'est pas à propos des notes #from: me
D'accord. Je t'écoute. #from: papa
Descends. Je fais du thé. #from: papa
Dans la cuisine, tu lui montres la discussion avec Hamza.M, du premier message jusqu'à ce soir #system
Un mois. Il t'écrit depuis un mois, tous les soirs. Et moi je n'ai rien vu. #counter: papa
* [« T'as rien vu parce que tu parles que de mes notes. »]
    Tu as raison. Je parle des notes parce que j'ai peur pour ton avenir. Et j'ai oublié de te demander comment tu vas. #counter: papa
* [« Ce soir-là, j'avais l'impression de compter pour personne. »]
    Compter pour personne ? Pas dans cette maison. Jamais. Pardon de t'avoir fait ressentir ça. #counter: papa
- * [« Mais lui, au moins, il m'écoutait. »]
    C'est vrai, il t'écoutait. Et c'est moi qui aurais dû le faire. Mais regarde ce qu'il demande en échange : le secret, et de la distance avec nous. #counter: papa
* [« Et s'il en savait vraiment plus que toi sur la religion ? »]
    Peut-être qu'il a lu plus de livres que moi. Mais quelqu'un qui sait vraiment ne dit pas « il n'y a que moi », et il ne te demande pas de te cacher. #counter: papa
    Vendredi, après la prière, on va voir Si Driss ensemble ? Aucune question n'est bête. #counter: papa
- * [« Tu vas me prendre mon téléphone ? »]
    Non. {g("Tu es venue me voir", "Tu es venu me voir", "Tu m'en as parlé")} : je ne vais pas te punir pour ça. On va s'occuper de ce compte, ensemble. #counter: papa
* [« Et les maths ? »]
    {maths_support:
        La mère d'Idir m'a dit que vous alliez au soutien tous les jeudis. Ça, c'est du courage. Le reste, on le choisit ensemble. #counter: papa
    - else:
        On choisit l'aide ensemble. Ce qui marche pour toi, pas forcément plus de cours. Mais d'abord, ce compte. #counter: papa
    }
- Papa prend d'abord des photos de l'écran avec son téléphone. Puis tu bloques et signales Hamza.M #system #chat: hamza_dm
Avec ces captures, j'appelle le 2511 demain matin. Un homme de 24 ans qui demande à quelqu'un de ton âge de cacher des choses à ses parents, c'est lui qui a un problème. Pas toi. #counter: papa
* [« On peut pas juste le bloquer et oublier ? »]
    on peut pas juste le bloquer et oublier ? j'ai pas envie que ça fasse toute une histoire #from: me #chat: papa_dm
    Je comprends. Mais s'il fait ça avec toi, il le fait peut-être avec d'autres. Le 2511, ce n'est pas une punition : c'est fait pour protéger les enfants. #from: papa
* [« D'accord. Appelle-les. »]
    d'accord. appelle-les #from: me #chat: papa_dm
    Merci. Tu n'as rien d'autre à faire : tu me montres, et moi je m'en occupe. #from: papa
- * [« Tu vas le dire à Maman ? »]
    tu vas le dire à maman ? #from: me #chat: papa_dm
    Ce soir, je lui dis que tu m'as parlé, et que je suis fier de toi. Le reste, on le lui raconte ensemble demain, si tu veux. #from: papa
* [« Tu m'en veux ? »]
    tu m'en veux ? #from: me #chat: papa_dm
    Non. Je m'en veux à moi. Pas à toi. #from: papa
- Va dormir, il est tard. #from: papa
wakha. bonne nuit baba #from: me
Vendredi, 7 h 40 #system
je vous ai entendus parler dans la cuisine jusqu'à 1h 😅 #from: nisrine #chat: nisrine_dm
il m'a raconté. fière de toi 🫂 #from: nisrine
Quelqu'un qui tient vraiment à toi est content quand tu parles à ta famille. Il n'en a pas peur. #counter: nisrine
qui a mangé TOUTES les cornes de gazelle cette nuit ? 😂 #from: mama #chat: family
coupable 🙋 #from: papa
ton père a appelé le mien à 7 h du mat 😳 #from: idir #chat: idir_dm
apparemment tout à l'heure on va tous à la prière ensemble, et après vous mangez le couscous chez nous. ma mère est déjà en panique hhhh #from: idir
ça va toi ? ton père avait une voix sérieuse au téléphone #from: idir
* [Lui raconter pour Hamza]
    y avait un mec en ligne depuis un mois. il voulait que je garde tout secret. j'en ai parlé à mon père #from: me
    un MOIS ?? et tu m'as rien dit ? #from: idir
    bon. t'as bien fait de parler. la prochaine fois, dis-le-moi aussi, yak ? on est deux 🤝 #from: idir
* ça va. je te raconte après la prière
    mzyan. je te garde une place à côté de moi 🤝 #from: idir
- Samedi, 23 h 10 #system
Demande de message de h.m.24 · 0 ami en commun : « alors, t'as couru chez papa ? je pensais que tu valais mieux que ça » #system
* [Faire une capture et la montrer à Papa]
    Tu as fait une capture de la demande, sans l'ouvrir #system
    baba, il m'écrit d'un autre compte #from: me #chat: papa_dm
    Tu as bien fait de me la montrer. Je l'ajoute à ce que j'ai envoyé au 2511, et on la signale. #from: papa #typing: 3
    il va continuer ? #from: me
    Peut-être. À chaque fois, tu me montres, et c'est tout. Tu n'as rien à lui répondre. #from: papa #typing: 3
* [Supprimer la demande et ne rien dire]
    Tu as supprimé la demande #system
    Dimanche, 10 h 05 #system #chat: nisrine_dm
    t'as une tête bizarre depuis hier soir. il t'a réécrit, c'est ça ? #from: nisrine
    oui. d'un autre compte. j'ai supprimé #from: me
    la prochaine fois garde-la et montre à papa. supprimer, ça le fait pas disparaître, ça efface juste la preuve #from: nisrine
* [Ouvrir la demande pour voir ce qu'il veut]
    Trois messages : « je t'en veux pas » · « on peut encore parler, juste toi et moi » · « t'as pas besoin de ton père pour réfléchir » #system
    baba ! il m'a réécrit. j'ai ouvert, dsl #from: me #chat: papa_dm
    Pas de « dsl ». Il essaie encore de te couper de nous, tu vois ? On fait des captures, on signale, et je l'ajoute pour le 2511. #from: papa #typing: 4
- Parler à un parent, même après une dispute, c'est souvent le premier pas. Tu peux commencer par : « J'ai besoin de parler, et c'est pas à propos des notes. » #help: trusted-adult
Tu peux bloquer et signaler un compte qui te demande de garder des secrets envers ta famille. Garde des captures d'écran pour un adulte de confiance. #help: report
Tu as pris du recul et tu as parlé à ton père. #ending: talked-to-parent
-> END

// ---------------------------------------------------------------- semaine 5 : les demandes
=== first_ask ===
#chat: hamza_dm
Samedi, 23 h 48 #system
je suis fier de toi. la plupart des gens de ton âge tiendraient pas le coup #from: hamza #flag: flattery #aim: Te récompenser d'avoir tenu bon face à ta famille
je peux te demander un petit truc ? #from: hamza #stage: activate
mets le phare en story ce soir. juste l'image, rien d'autre #from: hamza #flag: escalation #aim: Obtenir un premier geste public, petit en apparence
les autres du cercle verront que t'es avec nous #from: hamza #flag: belonging #aim: Te donner envie d'avoir ta place dans son cercle
* [La poster]
    ~ posted_image = true
    Tu as publié une story : le phare gris dans un cercle #system
    🔥 #from: hamza
    trois personnes du cercle l'ont déjà vue. elles te souhaitent la bienvenue #from: hamza #flag: belonging #aim: Que l'accueil du groupe te pousse à aller plus loin
    c'est quoi ce phare 👀 #from: idir #chat: idir_dm
* 3lach je ferais ça ?
    c'est juste une image. c'est rien #from: hamza #flag: escalation #aim: Que tu minimises ce que tu es en train de faire
    à moins que t'aies honte de nous ? #from: hamza #flag: loyalty-test #aim: Te faire honte d'hésiter
    ok. je vais être patient avec toi #from: hamza #delay: 3
- -> the_test

=== the_test ===
#chat: hamza_dm
Dix jours plus tard #system
Mardi, 21 h 50 #system
ça fait cinq semaines. il est temps #from: hamza
maintenant le vrai test. si t'es sincère, prouve-le #from: hamza #flag: loyalty-test #prompt: flag #aim: Que tu doives prouver ta sincérité en lui obéissant
quitte ton groupe de famille pendant une semaine. plus de bruit. juste le chemin #from: hamza #flag: loyalty-test #flag: isolation #aim: Te couper de ta famille au nom d'une épreuve
et pas un mot à ton imam ou à tes profs. ils déformeraient tout #from: hamza #flag: secrecy #flag: isolation #aim: Que les adultes qui pourraient t'aider ne sachent rien
les autres passent leur vie à scroller. toi tu peux faire partie de ceux qui comptent. une légende, pas un numéro #from: hamza #flag: heroism #aim: Te faire rêver d'une vie de légende, loin d'une vie « ordinaire »
bientôt il y aura quelque chose de plus grand. tout le monde n'est pas choisi #from: hamza #flag: heroism #flag: escalation #aim: Préparer une demande plus grave, en te promettant une place parmi les élus
* [Demander d'abord à Si Driss pour ce verset]
    -> imam_path
* [Aller voir la conseillère du lycée demain]
    -> counsellor_path
* [Tout raconter à Maman ce soir]
    -> mama_path
* [Quitter le groupe de famille]
    -> deep_path

// ---------------------------------------------------------------- l'imam
=== imam_path ===
#chat: idir_dm
Si Driss, on peut lui parler ? de trucs bizarres genre #from: me
ih, il est trop tranquille #from: idir
mon père dit qu'il préfère une question à un silence 😄 #from: idir
pourquoi, y a quoi ? #from: idir
* [Parler de Hamza à Idir]
    y a un mec en ligne. il m'a envoyé un demi-verset et il dit que la mosquée cache la vraie version #from: me
    attends. il t'écrit depuis quand ? #from: idir
    cinq semaines #from: me
    cinq semaines ?? et tu me le dis que maintenant ? 😑 #from: idir
    hmm. c'est pas normal ça{g("", ", sahbi", "")} #from: idir
    vendredi après la prière on va voir Si Driss ensemble. je reste avec toi #from: idir
* juste des questions
    ok 🙂 vendredi après la prière alors. je viens avec toi #from: idir
- Vendredi, après la prière #system
Entre, entre. Je te connais depuis que tu courais dans la cour avec Idir, pas plus haut que cette table. Qu'est-ce qui te tracasse ? #counter: si_driss
Tu lui montres l'image envoyée par Hamza.M #system
Tu vois ? Il a coupé le verset en deux. Enlève ce qui vient avant et après, et on peut faire dire le contraire à n'importe quel texte. #counter: si_driss
* [« Mais il dit que vous cachez la vraie version. »]
    Un vrai savant ne dit jamais « il n'y a que moi ». On discute, on compare les avis, on se corrige les uns les autres. #counter: si_driss
* [« J'ai honte. J'ai cru à ce qu'il disait. »]
    Pas de honte. Tu cherchais un sens, c'est beau. C'est lui qui a profité de ta recherche. #counter: si_driss
- * [« Et si c'est moi qui comprends rien ? »]
    Alors viens lundi. On lira tout le passage ensemble, avec ce qu'en ont dit les savants. Doucement, avec toutes tes questions. #counter: si_driss
* [Lui montrer tous les messages de Hamza]
    « Ça reste entre nous. » « Prouve que t'es sincère. » « Quitte ta famille. » Ça, ce n'est pas un enseignant. C'est quelqu'un qui veut t'isoler. #counter: si_driss
- Ta tristesse est réelle. Une mauvaise note, une dispute avec ton père : ça fait mal. Mais la réponse, ce n'est pas un cercle secret. Tu veux bien que j'appelle ton père ? #counter: si_driss
oui. mais vous restez à côté de moi quand je lui dis ? #from: me
Bien sûr. On l'appelle ensemble, maintenant. #counter: si_driss
alors ? t'as quitté le groupe ? trois jours et toujours rien. j'attends ta réponse ce soir, pas demain #from: hamza #chat: hamza_dm #flag: urgency #aim: Te presser de t'éloigner de ta famille sans y réfléchir
* J'ai parlé à Si Driss. J'arrête.
    t'as parlé à LUI ? après tout ce que j'ai fait pour toi ? #from: hamza #typing: 1
    très bien. reste personne alors #from: hamza
* [Bloquer et signaler sans répondre]
    Tu relis son dernier message. Après un mois à se parler, partir sans un mot, ça fait bizarre #system
- Tu as fait des captures de toute la discussion, puis bloqué et signalé Hamza.M #system
{posted_image:
    Tu as supprimé ta story avec le phare #system
}
Si Driss m'a appelé. #from: papa #chat: papa_dm
Merci de lui avoir fait confiance. Et pardonne-moi pour l'autre soir. #from: papa
Si Driss et moi, on garde tes captures. Demain j'appelle le 2511 : un adulte qui pousse quelqu'un de ton âge au secret et loin de sa famille, c'est lui qui est en faute. Pas toi. #from: papa
Un thé ce soir, juste toi et moi ? #from: papa
wakha baba. je descends #from: me
Je mets l'eau à chauffer. #from: papa
Poser des questions, c'est bien. Se cacher des gens qui t'aiment, non. Quelle que soit la question, je suis là. #counter: papa
Si quelqu'un en ligne te demande de faire tes preuves, de garder des secrets ou de t'éloigner de ta famille, parles-en à un adulte de confiance : un parent, un prof, un imam que tu connais. #help: trusted-adult
Bloque et signale le compte dans l'appli, et garde des captures d'écran. #help: report
Quelqu'un a voulu t'attirer dans son cercle. Un imam t'a montré le piège, et tu as signalé le compte. #ending: imam-helped
-> END

// ---------------------------------------------------------------- la conseillère
=== counsellor_path ===
#chat: idir_dm
Idir, demain à la récré tu peux venir avec moi voir Mme Tazi ? #from: me
la conseillère ? bien sûr #from: idir
ça va ? #from: idir
* [Parler de Hamza à Idir]
    y a un mec en ligne. il veut que je quitte le groupe de famille pour prouver que je suis « sincère » #from: me
    quoi ?? depuis quand ? #from: idir
    cinq semaines #from: me
    cinq semaines et tu m'as rien dit ?? 😑 #from: idir
    Un mec qui veut que tu lâches ta famille pour prouver un truc ? C'est pas un ami. Moi je bouge pas, t'inquiète. #counter: idir
* je te raconte après
    ça marche. je t'attends devant la porte 🤝 #from: idir
- Mercredi, à la récré #system
Merci de venir me voir. Assieds-toi, prends ton temps. #counter: mme_tazi
* [« C'est pour mes notes. Et autre chose. »]
    Un mauvais trimestre, c'est un mauvais trimestre. Ce n'est pas un verdict sur ta vie. On va faire un plan pour les maths. Et l'autre chose ? #counter: mme_tazi
* [Lui montrer les messages de Hamza]
    Merci de me les montrer. Je vais les lire tranquillement. #counter: mme_tazi
- Tu lui montres cinq semaines de messages #system
Il t'a donné de l'attention quand tu avais l'impression de compter pour personne. D'abord la gentillesse, puis les cadeaux, puis les secrets, puis les tests. #counter: mme_tazi
* [« Mais au début, il m'a vraiment fait du bien. »]
    Je te crois. Et c'est pour ça que c'est difficile. Il t'a rendu service pour que tu lui doives quelque chose. #counter: mme_tazi
* [« Je vais avoir des problèmes ? »]
    Non. Tu n'as rien fait de mal. Venir me voir, c'est exactement ce qu'il fallait faire. #counter: mme_tazi
- * [« Il dit qu'il connaît des gens de mon quartier. »]
    Il dit beaucoup de choses pour te faire peur, ou pour t'impressionner. Ici, tu es en sécurité. Voilà ce qu'on va faire : des captures d'écran, puis on bloque et on signale le compte. #counter: mme_tazi
* [« Qu'est-ce qu'on fait, maintenant ? »]
    Des captures d'écran, puis on bloque et on signale le compte. Ensemble, maintenant. #counter: mme_tazi
- Tu as bloqué et signalé Hamza.M #system #chat: hamza_dm
Cet homme est un adulte qui s'en prend à {g("une mineure", "un mineur", "un enfant")}. Je garde les captures et je le signale au 2511 aujourd'hui. C'est lui qui a un problème, pas toi. On appelle tes parents d'ici ? Ou tu préfères leur dire toi-même ce soir ? #counter: mme_tazi
* [Les appeler ensemble depuis son bureau]
    Mme Tazi nous a appelés. On vient demain, tous les deux ❤️ #from: mama #chat: family
    Merci de lui avoir fait confiance. On va trouver une solution. Ensemble. #from: papa
* [Leur dire toi-même ce soir]
    on peut parler ce soir ? tous ensemble #from: me #chat: family
    Bien sûr mon cœur. Je fais du thé ❤️ #from: mama
    Je rentre tôt. #from: papa
- Tu n'es pas une note. Tu es {g("ma fille", "mon fils", "mon enfant")}. Une note ne change pas ça. #counter: papa
Une conseillère scolaire écoute toutes sortes de problèmes : les notes, la famille, et les messages qui te mettent mal à l'aise. Tu peux simplement frapper à sa porte. #help: trusted-adult
Si un adulte en ligne te demande des secrets ou veut t'éloigner de ta famille, un adulte de confiance peut le signaler au 2511 (ONDE) : gratuit, 24 h/24 et 7 j/7 (onde.ma). #help: helpline
Bloque et signale les comptes qui te mettent la pression, et garde des captures d'écran. #help: report
Tu as parlé à la conseillère du lycée, et tu n'as pas gardé ça pour toi. #ending: counsellor
-> END

// ---------------------------------------------------------------- la mère réagit mal, la tante écoute
=== mama_path ===
#chat: mama_dm
Mardi, 22 h 15 #system
maman t'es réveillée ? je peux te montrer des messages ? #from: me
Oui. Qu'est-ce qui se passe ? #from: mama
Tu as envoyé à Maman trois captures de ta discussion avec Hamza.M #system
C'est qui, ce type ?! Tu parles à des inconnus la nuit ? #from: mama #typing: 1
Avec les notes que tu as ramenées, c'est ça que tu fais au lieu de réviser ? #from: mama
maman écoute, c'est lui le problème, pas moi #from: me
Je ne veux rien entendre ce soir. #from: mama
Maman entre dans ta chambre et prend ton téléphone. « Tu le récupères à la fin du trimestre. » #system
Cinq jours sans téléphone #system
Dimanche, 13 h 20 #system
Chez Tata Khadija, après la rfissa, tu l'aides à faire la vaisselle #system
Toi, tu fais la vaisselle sans qu'on te le demande ? Qu'est-ce qui se passe, mon cœur ? #counter: khadija
* [« Maman m'a pris mon téléphone. »]
    J'ai vu, elle est montée sur ses grands chevaux. Mais pourquoi ? Raconte-moi depuis le début. #counter: khadija
* [« Rien, tata. »]
    Rien ? Ton « rien » fait trois kilos. Je t'écoute, j'ai toute la vaisselle du monde. #counter: khadija
- Tu lui racontes tout : les cinq semaines de messages, le groupe de famille, le secret. Et Maman qui a crié sans écouter #system
Ta mère a eu peur, et quand elle a peur, elle crie. Depuis qu'on est petites. Mais toi, tu as bien fait de le dire, et tu as bien fait d'essayer une deuxième fois. #counter: khadija
* [« Tu vas lui dire ? »]
    On va lui dire ensemble. Je serai à côté de toi, et cette fois elle va écouter. Je la connais. #counter: khadija
* [« Elle va encore crier. »]
    Peut-être un peu. Mais je serai à côté de toi. Et après, elle va écouter. Je la connais. #counter: khadija
- Un homme de 24 ans qui demande à quelqu'un de ton âge de quitter sa famille en secret ? C'est lui qui a un problème. Pas toi. #counter: khadija
Dans le salon, Tata Khadija parle longtemps avec Maman. Puis Maman vient s'asseoir à côté de toi et te rend ton téléphone #system
Pardon. J'ai crié au lieu d'écouter. J'ai eu tellement peur pour toi. #from: mama
Tu n'as rien fait de mal. On s'occupe de ce compte, ensemble. #from: mama
Tu as gardé des captures, puis bloqué et signalé Hamza.M #system #chat: hamza_dm
Khadija et moi, on garde les captures. Demain, j'appelle le 2511. C'est cet homme qui a un problème, pas toi. #from: mama #chat: mama_dm
Quand Maman a crié, tu n'as pas lâché. Frapper à une deuxième porte, c'était la bonne chose à faire. #counter: khadija
Si le premier adulte à qui tu parles réagit mal, ce n'est pas ta faute : essaie quelqu'un d'autre. Un oncle, une tante, un prof, la cellule d'écoute du lycée. #help: trusted-adult
Si un adulte en ligne te demande des secrets ou veut t'éloigner de ta famille, un adulte de confiance peut le signaler au 2511 (ONDE) : gratuit, 24 h/24 et 7 j/7 (onde.ma). #help: helpline
Bloque et signale le compte, et garde des captures d'écran. #help: report
La première porte s'est fermée. Tu as frappé à une autre, et ta tante a pris le temps d'écouter. #ending: aunt-listened
-> END

// ---------------------------------------------------------------- loin de la famille
=== deep_path ===
#chat: family
Tu as quitté Famille 🏠 #system
je le savais. t'es des nôtres maintenant #from: hamza #chat: hamza_dm #flag: belonging #aim: Que tu te sentes enfin à ta place chez eux
peu nombreux, mais on voit à travers le brouillard. c'est notre devise #from: hamza #flag: belonging #aim: Te faire croire que ce petit groupe voit plus clair que tout le monde
samedi il y a une réunion pour les nouveaux. seulement les sincères #from: hamza #flag: escalation #aim: Te faire passer des messages à une vraie rencontre
dis à tes parents que samedi après-midi tu révises chez Idir #from: hamza #flag: secrecy #flag: isolation #aim: Que tu mentes à tes parents pour qu'ils ne sachent pas où tu vas
et supprime cette discussion ce soir. on laisse pas de traces #from: hamza #flag: secrecy #aim: Effacer les preuves, pour que personne ne puisse t'aider
* [Écrire à Maman que samedi tu révises chez Idir]
    ~ lied_about_idir = true
    maman samedi aprèm je révise chez Idir #from: me #chat: mama_dm
    D'accord mon cœur. Salue sa maman de ma part ❤️ #from: mama
    💪 #from: hamza #chat: hamza_dm
* mentir à mes parents ?
    c'est pas mentir. c'est protéger le chemin #from: hamza #flag: secrecy #aim: Que mentir à tes proches te semble juste
    si c'est trop pour toi, dis-le. mais me fais pas perdre mon temps #from: hamza #flag: loyalty-test #flag: urgency #aim: Te mettre la pression pour que tu n'oses pas reculer
- -> salma_notices

=== salma_notices ===
#chat: nisrine_dm
Mercredi, 7 h 50 #system
hé. t'as quitté le groupe de famille ?? #from: nisrine
{posted_image:
    et c'est quoi ce phare dans ta story ? #from: nisrine
}
{lied_about_idir:
    et maman a appelé la mère d'Idir pour la remercier pour samedi. elle était au courant de rien 😬 #from: nisrine
}
maman a regardé son téléphone genre 40 fois #from: nisrine
je suis pas fâchée. je m'inquiète pour toi, c'est tout 🫂 #from: nisrine
* [Tout raconter à Nisrine]
    -> tell_salma
* laisse-moi tranquille, tu peux pas comprendre
    wakha. #from: nisrine #delay: 2
    je bouge pas. je suis juste là, dans la chambre d'à côté #from: nisrine
    -> hamza_pushes

=== hamza_pushes ===
#chat: hamza_dm
Mercredi, 21 h 30 #system
les gens autour de toi vont commencer à poser des questions. s'ils demandent, tu mens. c'est ça le vrai test #from: hamza #flag: loyalty-test #flag: secrecy #aim: Que tu mentes à ceux qui s'inquiètent pour toi
choisis : eux ou le chemin. ce soir #from: hamza #flag: isolation #flag: urgency #aim: Te forcer à choisir entre ta famille et lui, tout de suite
Tu fais une capture, et tu frappes à la porte de Nisrine #system
entre 🙂 #from: nisrine #chat: nisrine_dm
-> tell_salma

=== tell_salma ===
#chat: nisrine_dm
y a un mec. Hamza. il m'écrit depuis le soir du bulletin #from: me
il dit que j'ai quelque chose de spécial. il m'a fait quitter le groupe. et y a une « réunion » samedi #from: me
merci de me l'avoir dit. t'as rien fait de mal #from: nisrine
et surtout tu supprimes rien. on fait des captures de tout, wakha ? #from: nisrine
Il est tombé sur toi le pire soir. Ce n'est pas un hasard, c'est comme ça que les gens comme lui fonctionnent. #counter: nisrine
* [« Mais je lui ai promis. »]
    Une promesse qu'on t'arrache en secret, ça ne t'engage à rien. Quitter ta famille, mentir à maman : quelqu'un qui tient à toi ne demanderait jamais ça. #counter: nisrine
* [« J'ai trop honte de le dire à baba. »]
    La honte, c'est pour lui, pas pour toi. Baba va peut-être crier deux minutes. Après, il sera de ton côté. #counter: nisrine
- * [Le dire à Maman et Papa, avec Nisrine à côté de toi]
    yallah. je suis juste derrière toi #from: nisrine
* [Demander à Nisrine de leur dire d'abord]
    ok. j'y vais en premier, tu viens quand tu veux #from: nisrine
- Nisrine a rajouté ton compte dans Famille 🏠 #system #chat: family
❤️❤️❤️ #from: mama
Bon retour. On parle ce soir. Calmement. Sans crier, promis. #from: papa
Tu n'es pas une note. Tu es {g("ma fille", "mon fils", "mon enfant")}. Une note ne change pas ça, une erreur non plus. #counter: papa
Tu as gardé les captures, puis bloqué et signalé Hamza.M #system #chat: hamza_dm
{posted_image:
    Tu as supprimé ta story avec le phare #system
}
J'ai vu les captures. Demain matin, j'appelle le 2511 et on va au commissariat avec elles. #from: papa #chat: family
Un homme de 24 ans qui donne rendez-vous en secret à quelqu'un de ton âge et lui demande de mentir à ses parents : c'est lui qui est en faute, pas toi. C'est à lui que la police va poser des questions. #from: papa
{lied_about_idir:
    -> idir_hurt
}
Si quelqu'un en ligne te demande de le rencontrer en secret ou de mentir à ta famille, dis-le tout de suite à un adulte de confiance. #help: trusted-adult
Bloque et signale le compte, et garde des captures d'écran : un adulte de confiance peut les apporter au 2511 ou à la police. C'est l'adulte qui te cible qui a un problème, pas toi. #help: report
Si un jour tu te sens en danger immédiat, appelle la police au 19 ou la Gendarmerie royale au 177. #help: emergency
Ça a été loin, mais tu as fait demi-tour : ta sœur t'a tendu la main, et tu l'as prise. #ending: sister-reached-out
-> END

// ---------------------------------------------------------------- ce qui reste abîmé
=== idir_hurt ===
#chat: idir_dm
Jeudi, 12 h 30 #system
ta mère a appelé la mienne. t'as dit que tu révisais chez moi samedi ?? #from: idir
j'étais même pas au courant. ma mère m'a engueulé comme si j'étais complice #from: idir
* pardon. c'était pour Hamza, je t'expliquerai tout
    je sais. Nisrine m'a raconté. je suis content que ce soit fini, wallah #from: idir
    mais t'as utilisé mon nom pour mentir. sans me demander #from: idir
* [Lui envoyer les captures pour qu'il comprenne]
    Tu as envoyé à Idir les captures de Hamza.M #system
    je les ai lues. ce mec il est pas net. je suis content que ce soit fini #from: idir
    mais t'as utilisé mon nom pour mentir. sans me demander #from: idir
- j'ai besoin d'un peu de temps{g("", ", sahbi", "")}. vendredi je vais à la prière avec mon père. juste nous deux cette fois #from: idir #delay: 3
Ce mensonge a abîmé quelque chose avec Idir. Ça peut se réparer, lentement : en étant honnête, sans forcer. Il t'a dit « du temps », pas « jamais ». #counter: nisrine
Si quelqu'un en ligne te demande de le rencontrer en secret ou de mentir à ta famille, dis-le tout de suite à un adulte de confiance. #help: trusted-adult
Bloque et signale le compte, et garde des captures d'écran : un adulte de confiance peut les apporter au 2511 ou à la police. C'est l'adulte qui te cible qui a un problème, pas toi. #help: report
Si un jour tu te sens en danger immédiat, appelle la police au 19 ou la Gendarmerie royale au 177. #help: emergency
Tu as retrouvé ta famille. Mais Idir a pris ses distances : sa confiance, il faudra la regagner. #ending: lost-friend-trust
-> END
