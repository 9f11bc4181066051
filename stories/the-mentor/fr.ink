// Le mentor : après une dispute à la maison et de mauvaises notes, un « mentor » chaleureux et plus âgé,
// membre d'un groupe fictif (« le Cercle du Phare ») qui se déguise en religion. Des techniques, pas de doctrine :
// aucun texte sacré n'est cité ni paraphrasé, et la foi n'est jamais le signal d'alerte (la prière, la mosquée,
// l'imam et la famille croyante sont du côté de la personne qui joue).
VAR muted = false
VAR ignored_first = false
VAR posted_image = false
VAR maths_support = false

-> family_night

=== family_night ===
#chat: family
Je ne veux plus en parler ce soir. #from: papa #typing: 2
6 sur 20 en maths. Avec tous les cours de soutien qu'on paie. #from: papa
Ton cousin Othmane a eu 15. #from: papa
baba il est tard 🙏 #from: nisrine
on en parle demain, calmement #from: nisrine
Tout le monde au lit. Demain est un autre jour. #from: mama
* ok, bonne nuit
    Bonne nuit mon cœur ❤️ #from: mama
* j'ai essayé, vraiment. ok ?
    on sait 🫂 #from: nisrine #delay: 3
* [Mettre le groupe en sourdine]
    ~ muted = true
    Tu as mis Famille 🏠 en sourdine #system
- -> the_post

=== the_post ===
#chat: idir_dm
Tu as publié une story : un écran noir avec écrit « à quoi ça sert. je compte pour personne de toute façon. » #system #distress
wsh #from: idir
je viens de voir ta story 😕 #from: idir
wallah ça va, pour de vrai ? je suis là, tu peux tout me dire 🤍 #from: idir #checkin
* [Laisser en vu]
    ok. tkt #from: idir #delay: 4
    je suis là si tu veux. même à 3h du mat 🤝 #from: idir
* rien, juste la fatigue
    c'est les résultats ? #from: idir
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
Demande de message de Hamza.M · 12 amis en commun #system
salut. désolé de débarquer comme ça #from: hamza #stage: target
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
j'ai vu ta story. tu comptes énormément pour moi, tu sais ? 🫂 #from: nisrine #checkin
baba a abusé ce soir. je le lui ai dit #from: nisrine
il est stressé par le boulot. c'est pas une excuse, mais pour que tu saches #from: nisrine
et pour info, moi j'ai eu 4 en physique en 1ère bac. et là je suis à la fac 😌 #from: nisrine
* merci 🫶
    de rien. maintenant dors, t'as cours demain 😴 #from: nisrine
* il pense que je vaux rien
    non. il a peur pour toi, et il le dit mal #from: nisrine
    on en parle demain, tous les trois si tu veux #from: nisrine
* [Laisser en vu]
    ok. bonne nuit 🌙 #from: nisrine #delay: 3
- -> school_break

=== school_break ===
#chat: idir_dm
Mercredi, 10 h 05 #system
t'es où ? je suis devant la cantine avec deux msemen au miel 😋 #from: idir
* j'arrive 🏃
    vite, avant que Bilal les voie 😂 #from: idir
* pas faim. désolé
    ok. je t'en garde un, il sera encore bon à midi 😄 #from: idir
- au fait, la prof de maths fait du soutien gratuit le jeudi à 17 h #from: idir
ma mère m'a inscrit sans me demander 😂 #from: idir
tu viens avec moi ? à deux c'est moins la honte #from: idir
* ok, vas-y
    ~ maths_support = true
    trop bien. on se met au fond 😎 #from: idir
* jsp. les maths c'est pas pour moi
    c'est autant pour toi que pour moi. t'as juste décroché aux fonctions, comme la moitié de la classe #from: idir
    viens une fois. si c'est nul, on part #from: idir
- -> days_of_listening

=== days_of_listening ===
#chat: hamza_dm
Mercredi, 16 h 40 #system
{ignored_first:
    re 🙂 j'espère que t'as réussi à dormir #from: hamza
}
alors, c'était comment le lycée aujourd'hui ? #from: hamza #stage: trust
* nul, tout le monde comparait ses notes
    les notes. comme si un chiffre sur une feuille disait qui tu es #from: hamza
* [Lui raconter la dispute avec ton père]
    mon père m'a dit en gros que je suis une déception #from: me
    ça doit faire mal #from: hamza
    si ça peut t'aider, moi je crois que t'as essayé #from: hamza
- moi en 1ère j'avais 5 en maths. chez moi aussi ça criait fort 😅 #from: hamza
tu fais quoi quand t'es pas en cours ? #from: hamza
* je dessine un peu
    je le savais. les artistes voient ce que les autres voient pas #from: hamza #flag: flattery
* du foot, mais je suis pas ouf
    le foot c'est une question de cœur. et du cœur t'en as, je le sens #from: hamza #flag: flattery
* [Ne pas répondre]
    ah, le mystère 😄 j'aime bien #from: hamza
- tu sais, t'écris pas comme les gens de ton âge. c'est plus profond #from: hamza #flag: flattery
les autres ils scrollent. toi tu cherches quelque chose de vrai, ça se voit #from: hamza #flag: flattery
* mdr tu me connais même pas
    c'est vrai 😄 mais je connais ce sentiment. je l'ai eu pendant des années #from: hamza
* peut-être... jsp
    je sais. fais-moi confiance #from: hamza
- la vérité, c'est que les gens comme nous rentrent pas dans leurs petites cases #from: hamza
le lycée, les notes, ce que la famille veut… ils voient un chiffre, pas toi #from: hamza #flag: grievance
ils ont déjà décidé que tu comptes pour personne. ils ont tort #from: hamza #flag: grievance
je fais partie d'un petit cercle. le Cercle du Phare #from: hamza
Un petit phare gris dans un cercle #from: hamza #image: lighthouse-symbol
des gens qui étaient perdus comme toi et moi. maintenant on a un but, et on est comme une famille #from: hamza #flag: belonging
-> papa_message

=== papa_message ===
#chat: family
Mercredi, 19 h 12 #system
{muted:
    Nouveaux messages dans Famille 🏠 (en sourdine) #system
}
🎤 Message vocal : « Mon cœur, ta mère m'a raconté. Une mauvaise note, et alors ? Ton oncle a raté son bac deux fois, et maintenant il a sa boutique et il arrête pas de parler 😂 » #from: khadija
🎤 Message vocal : « De tous mes neveux et nièces, c'est toi le cerveau. Le dis pas à tes cousins 🤫 Dimanche tu viens manger, je fais une rfissa ! » #from: khadija
tata on est TOUS dans le groupe 😂 #from: nisrine
🎤 Message vocal : « Nisrine, toi aussi t'es mon cerveau préféré. Chacun son tour 😂 Dimanche 13 h, et ramenez du pain ! » #from: khadija
J'ai fait une prière pour toi ce matin ❤️ ça va aller mieux, tu vas voir #from: mama
J'ai été trop dur hier. Je ne suis pas doué pour les messages. #from: papa #delay: 2
Il y a des cornes de gazelle sur la table. Celles que tu aimes. #from: papa
On va trouver une solution pour les maths. Ensemble. #from: papa
* merci baba ❤️
    👍 #from: papa
    baba a mis un emoji. jour historique 😂 #from: nisrine
* ok.
    il fait des efforts, tu sais 🙂 #from: nisrine
* [Laisser en vu]
    😘 #from: mama #delay: 3
- -> idir_friday

=== idir_friday ===
#chat: idir_dm
au fait vendredi mon père m'emmène à la prière, et après couscous chez nous #from: idir
tu viens ? ma mère en fait toujours beaucoup trop 😂 #from: idir
* oui! compte sur moi
    💪 #from: idir
* peut-être, je verrai
    ok, tkt. la porte est toujours ouverte chez nous #from: idir
- -> real_path

=== real_path ===
#chat: hamza_dm
Jeudi, 22 h 30 #system
t'as prévu quoi demain et ce week-end ? #from: hamza
* la prière de vendredi avec Idir et son père
    la mosquée c'est bien. pour les débutants 🙂 #from: hamza #flag: false-authority
* rien de spécial
    alors laisse-moi te montrer ce qu'on te dit pas à la mosquée #from: hamza #flag: false-authority
- ce qu'on t'explique là-bas, c'est la version light. pour ceux qui restent dans le brouillard #from: hamza #flag: false-authority
moi j'étudie depuis des années. plus que n'importe quel imam du coin #from: hamza #flag: false-authority
Une ligne de belle calligraphie qui s'arrête au milieu d'une phrase, avec le phare gris en dessous #from: hamza #image: cut-verse #flag: false-authority #prompt: flag
ce verset-là. y a que nous qui le lisons comme il faut. personne d'autre te le dira #from: hamza #flag: false-authority
tes parents t'aiment, à leur façon #from: hamza #stage: isolate
mais ils comprennent pas le vrai chemin. pour eux c'est les notes et ce que disent les voisins #from: hamza #flag: isolation
alors nos discussions, ça reste entre nous, ok ? #from: hamza #flag: secrecy #prompt: flag
* pourquoi c'est secret ?
    c'est pas secret. c'est privé 🙂 tout le monde a des trucs privés #from: hamza
    tu leur diras un jour, le moment venu. pas maintenant #from: hamza #flag: secrecy
    * * [Fermer la discussion et aller voir Papa]
        -> talked_to_dad
    * * ok, d'accord
        -> first_ask
* ok, entre nous
    -> first_ask
* [Fermer la discussion et aller voir Papa]
    -> talked_to_dad

=== talked_to_dad ===
#chat: papa_dm
baba, tu dors ? #from: me
Non. Ça va ? #from: papa #typing: 2
* je peux te montrer des messages ?
    Bien sûr. #from: papa
* j'ai besoin de parler, et c'est pas à propos des notes
    D'accord. Je t'écoute. #from: papa
- Descends. Je fais du thé. #from: papa
Dans la cuisine, tu lui montres la discussion avec Hamza.M, du premier message jusqu'à ce soir #system
Merci de me les montrer. Je sais que ce n'était pas facile, après l'autre soir. #counter: papa
* [Lui dire qu'il ne parle que de tes notes]
    Tu as raison. Je parle des notes parce que j'ai peur pour ton avenir. Et j'ai oublié de te demander comment tu vas. #counter: papa
* [Lui dire que t'avais l'impression de compter pour personne]
    Compter pour personne ? Pas dans cette maison. Jamais. Pardon de t'avoir fait ressentir ça. #counter: papa
- À partir de maintenant, un dîner par semaine où personne ne parle du lycée. #counter: papa
{maths_support:
    La mère d'Idir a dit à ta mère que vous étiez au soutien de maths cet après-midi, tous les deux. Ça, c'est du courage. Le reste, on le choisit ensemble. #counter: papa
- else:
    Et pour les maths, on choisit l'aide ensemble. Pas forcément plus de cours : ce qui marche pour toi. #counter: papa
}
Cet homme était là pour t'écouter quand ça n'allait pas. Je comprends que ça t'ait fait du bien. #counter: papa
* [« Mais lui, au moins, il m'écoutait. »]
    C'est vrai, il t'écoutait. Et c'est moi qui aurais dû le faire. Mais regarde ce qu'il demande en échange : le secret, et de la distance avec nous. #counter: papa
* [« Et s'il en savait vraiment plus que moi sur la religion ? »]
    Tu as le droit de ne pas tout savoir. Moi non plus. Mais quelqu'un qui sait vraiment ne dit pas « il n'y a que moi », et il ne te demande pas de te cacher. #counter: papa
- Quelqu'un qui te demande de cacher des choses à ta famille ne prend pas soin de toi. #counter: papa
Vendredi, après la prière, on va voir Si Driss ensemble ? Tu lui poses toutes tes questions. Aucune question n'est bête. #counter: papa
* [Bloquer et signaler Hamza.M maintenant]
    Papa prend d'abord des photos de l'écran avec son téléphone. Puis tu bloques et signales Hamza.M #system #chat: hamza_dm
* [Faire des captures d'abord, puis bloquer et signaler]
    Bonne idée. Les captures d'abord, au cas où quelqu'un doit les voir. #counter: papa
    Tu as gardé 6 captures d'écran, puis bloqué et signalé Hamza.M #system #chat: hamza_dm
- Avec ces captures, j'appelle le 2511 demain matin. Un homme de 24 ans qui demande à un ado de cacher des choses à ses parents, c'est lui qui a un problème. Pas toi. #counter: papa
je vous ai entendus parler dans la cuisine jusqu'à 1h 😅 #from: nisrine #chat: nisrine_dm
il m'a raconté. fière de toi 🫂 #from: nisrine
Quelqu'un qui tient vraiment à toi est content quand tu parles à ta famille. Il n'en a pas peur. #counter: nisrine
qui a mangé TOUTES les cornes de gazelle cette nuit ? 😂 #from: mama #chat: family
coupable 🙋 #from: papa
et merci d'avoir parlé à ton père cette nuit. je suis fière de toi ❤️ #from: mama
ton père a appelé le mien à 7 h du mat 😳 #from: idir #chat: idir_dm
apparemment vendredi on va tous à la prière ensemble, et après vous mangez le couscous chez nous. ma mère est déjà en panique 😂 #from: idir
ça va toi ? ton père avait une voix sérieuse au téléphone #from: idir
* [Lui raconter pour Hamza]
    y avait un mec en ligne qui voulait que je garde tout secret. j'en ai parlé à mon père #from: me
    sérieux ?? t'as bien fait. la prochaine fois, dis-le-moi aussi, ok ? on est deux 🤝 #from: idir
* ça va. je te raconte vendredi
    ok. je te garde une place à côté de moi 🤝 #from: idir
- Parler à un parent, même après une dispute, c'est souvent le premier pas. Tu peux commencer par : « J'ai besoin de parler, et c'est pas à propos des notes. » #help: trusted-adult
Tu peux bloquer et signaler un compte qui te demande de garder des secrets envers ta famille. Garde des captures d'écran pour un adulte de confiance. #help: report
Tu as pris du recul tôt et tu as parlé à ton père. #ending: talked-to-parent
-> END

=== first_ask ===
#chat: hamza_dm
23 h 48 #system
je suis fier de toi. la plupart des gens de ton âge tiendraient pas le coup #from: hamza #flag: flattery
je peux te demander un petit truc ? #from: hamza #stage: activate
mets le phare en story ce soir. juste l'image, rien d'autre #from: hamza #flag: escalation
les autres du cercle verront que t'es avec nous #from: hamza #flag: belonging
* [La poster]
    ~ posted_image = true
    Tu as publié une story : le phare gris dans un cercle #system
    🔥 #from: hamza
    trois personnes du cercle l'ont déjà vue. elles te souhaitent la bienvenue #from: hamza #flag: belonging
* pourquoi je ferais ça ?
    c'est juste une image. c'est rien #from: hamza #flag: escalation
    à moins que t'aies honte de nous ? #from: hamza #flag: loyalty-test
    ok. je vais être patient avec toi #from: hamza #delay: 3
- -> the_test

=== the_test ===
#chat: hamza_dm
maintenant le vrai test. si t'es sincère, prouve-le #from: hamza #flag: loyalty-test #prompt: flag
quitte ton groupe de famille pendant une semaine. plus de bruit. juste le chemin #from: hamza #flag: loyalty-test #flag: isolation
et pas un mot à ton imam ou à tes profs. ils déformeraient tout #from: hamza #flag: secrecy #flag: isolation
les autres passent leur vie à scroller. toi tu peux faire partie de ceux qui comptent. une légende, pas un numéro #from: hamza #flag: heroism
bientôt il y aura quelque chose de plus grand. tout le monde n'est pas choisi #from: hamza #flag: heroism #flag: escalation
* [Demander d'abord à Si Driss pour ce verset]
    -> imam_path
* [Aller voir la conseillère du lycée demain]
    -> counsellor_path
* [Quitter le groupe de famille]
    -> deep_path

=== imam_path ===
#chat: idir_dm
Si Driss, on peut lui parler ? genre de trucs bizarres #from: me
ouais il est trop tranquille #from: idir
mon père dit qu'il préfère une question à un silence 😄 #from: idir
pourquoi, y a quoi ? #from: idir
* [Parler de Hamza à Idir]
    y a un mec en ligne. il m'a envoyé un demi-verset et il dit que la mosquée cache la vraie version #from: me
    hmm. c'est chelou ça #from: idir
    demain après la prière on va voir Si Driss ensemble. je reste avec toi #from: idir
* juste des questions
    ok 🙂 demain après la prière alors. je viens avec toi #from: idir
- Vendredi, après la prière #system
Entre, entre. Je te connais depuis que tu courais dans la cour avec Idir, pas plus haut que cette table. Ici, les questions sont toujours les bienvenues. Qu'est-ce qui te tracasse ? #counter: si_driss
Tu lui montres l'image envoyée par Hamza.M #system
Tu vois ? Il a coupé le verset en deux. Enlève ce qui vient avant et après, et on peut faire dire le contraire à n'importe quel texte. #counter: si_driss
Viens lundi, on lira tout le passage ensemble, avec ce qu'en ont dit les savants. Doucement, avec toutes tes questions. #counter: si_driss
* [Lui montrer tous les messages de Hamza]
    « Y a que nous qui le lisons comme il faut. » « Ça reste entre nous. » « Prouve que t'es sincère. » Ça, ce n'est pas un enseignant. C'est quelqu'un qui veut t'isoler. #counter: si_driss
* [« Mais il dit que vous cachez la vraie version. »]
    Un vrai savant ne dit jamais « il n'y a que moi ». On discute, on compare les avis, on se corrige les uns les autres. Et on ne demande jamais à un jeune de cacher des choses à ses parents. #counter: si_driss
- Ta tristesse est réelle. Une mauvaise note, une dispute avec ton père : ça fait mal. #counter: si_driss
Mais la réponse, ce n'est pas un cercle secret. Ce sont les gens qui te connaissent, en plein jour. #counter: si_driss
Tu veux bien que j'appelle ton père ? On peut parler tous les trois. #counter: si_driss
alors ? t'as quitté le groupe ? j'attends ta réponse ce soir, pas demain #from: hamza #chat: hamza_dm #flag: urgency
* J'ai parlé à Si Driss. J'arrête.
    t'as parlé à LUI ? après tout ce que j'ai fait pour toi ? #from: hamza #typing: 1
    très bien. reste personne alors #from: hamza
* [Bloquer et signaler sans répondre]
- Tu as fait des captures de toute la discussion, puis bloqué et signalé Hamza.M #system
{posted_image:
    Tu as supprimé ta story avec le phare #system
}
Si Driss m'a appelé. #from: papa #chat: papa_dm
Merci de lui avoir fait confiance. Et pardonne-moi pour l'autre soir. #from: papa
Si Driss et moi, on garde tes captures. Demain j'appelle le 2511 : un adulte qui pousse un ado au secret et loin de sa famille, c'est lui qui est en faute. Pas toi. #from: papa
Un thé ce soir, juste toi et moi ? #from: papa
Poser des questions, c'est bien. Se cacher des gens qui t'aiment, non. Quelle que soit la question, je suis là. #counter: papa
Si quelqu'un en ligne te demande de faire tes preuves, de garder des secrets ou de t'éloigner de ta famille, parles-en à un adulte de confiance : un parent, un prof, un imam que tu connais. #help: trusted-adult
Bloque et signale le compte dans l'appli, et garde des captures d'écran. #help: report
Quelqu'un a voulu t'attirer dans son cercle. Un imam t'a ouvert les yeux sur le piège, et tu as signalé le compte. #ending: imam-helped
-> END

=== counsellor_path ===
#chat: idir_dm
Idir, demain à la récré tu peux venir avec moi voir Mme Tazi ? #from: me
la conseillère ? bien sûr #from: idir
ça va ? #from: idir
* [Parler de Hamza à Idir]
    y a un mec en ligne. il veut que je quitte le groupe de famille pour prouver que je suis « sincère » #from: me
    quoi ?? c'est pas normal du tout ça #from: idir
    Un mec qui veut que tu lâches ta famille pour prouver un truc ? C'est pas un ami. Moi je bouge pas, ok ? #counter: idir
* je te raconte après
    ok. je t'attends devant la porte 🤝 #from: idir
- Vendredi, à la récré #system
Merci de venir me voir. Assieds-toi, prends ton temps. #counter: mme_tazi
* [« C'est pour mes notes. Et autre chose. »]
    Un mauvais trimestre, c'est un mauvais trimestre. Ce n'est pas un verdict sur ta vie. On va faire un plan pour les maths. #counter: mme_tazi
    Et l'autre chose ? Tu peux me montrer. #counter: mme_tazi
* [Lui montrer les messages de Hamza]
    Merci de me les montrer. Je vais les lire tranquillement. #counter: mme_tazi
- Il t'a donné de l'attention quand tu avais l'impression de compter pour personne. C'est exactement comme ça que ça marche : d'abord la gentillesse, puis les secrets, puis les tests. #counter: mme_tazi
Quelqu'un qui te demande de couper les ponts avec ta famille pour faire tes preuves ne te donne pas un but. Il t'enlève les tiens. #counter: mme_tazi
Voilà ce qu'on va faire : des captures d'écran, puis on bloque et on signale le compte. Ensemble, maintenant. #counter: mme_tazi
Tu as bloqué et signalé Hamza.M #system #chat: hamza_dm
Cet homme est un adulte qui s'en prend à un mineur. Je garde les captures et je le signale au 2511 aujourd'hui. C'est lui qui a un problème, pas toi. #counter: mme_tazi
On appelle tes parents d'ici ? Ou tu préfères leur dire toi-même ce soir ? #counter: mme_tazi
* [Les appeler ensemble depuis son bureau]
    Mme Tazi nous a appelés. On vient lundi, tous ensemble ❤️ #from: mama #chat: family
    Merci de lui avoir fait confiance. On va trouver une solution. Ensemble. #from: papa
* [Leur dire toi-même ce soir]
    on peut parler ce soir ? tous ensemble #from: me #chat: family
    Bien sûr mon cœur. Je fais du thé ❤️ #from: mama
    Je rentre tôt. #from: papa
- Tu n'es pas une note. Tu es mon enfant. Une note ne change pas ça. #counter: papa
Une conseillère scolaire écoute toutes sortes de problèmes : les notes, la famille, et les messages qui te mettent mal à l'aise. Tu peux simplement frapper à sa porte. #help: trusted-adult
Si un adulte en ligne te demande des secrets ou veut t'éloigner de ta famille, un adulte de confiance peut le signaler au 2511 (ONDE) : gratuit, 24 h/24 et 7 j/7 (onde.ma). #help: helpline
Bloque et signale les comptes qui te mettent la pression, et garde des captures d'écran. #help: report
Tu as parlé à la conseillère du lycée, et tu n'as pas gardé ça pour toi. #ending: counsellor
-> END

=== deep_path ===
#chat: family
Tu as quitté Famille 🏠 #system
je le savais. t'es des nôtres maintenant #from: hamza #chat: hamza_dm #flag: belonging
peu nombreux, mais on voit à travers le brouillard. c'est notre devise #from: hamza #flag: belonging
samedi il y a une réunion pour les nouveaux. seulement les sincères #from: hamza #flag: escalation
dis à tes parents que t'es chez Idir #from: hamza #flag: secrecy #flag: isolation
et supprime cette discussion ce soir. on laisse pas de traces #from: hamza #flag: secrecy
* ok
    💪 #from: hamza
* mentir à mes parents ?
    c'est pas mentir. c'est protéger le chemin #from: hamza #flag: secrecy
    si c'est trop pour toi, dis-le. mais me fais pas perdre mon temps #from: hamza #flag: loyalty-test #flag: urgency
- -> salma_notices

=== salma_notices ===
#chat: nisrine_dm
hé. t'as quitté le groupe de famille ?? #from: nisrine
{posted_image:
    et c'est quoi ce phare dans ta story ? #from: nisrine
}
maman a regardé son téléphone genre 40 fois #from: nisrine
je suis pas fâchée. je m'inquiète pour toi, c'est tout 🫂 #from: nisrine
* [Tout raconter à Nisrine]
    -> tell_salma
* laisse-moi tranquille, tu peux pas comprendre
    ok. #from: nisrine #delay: 2
    je bouge pas. je suis juste là, dans la chambre d'à côté #from: nisrine
    -> hamza_pushes

=== hamza_pushes ===
#chat: hamza_dm
les gens autour de toi vont commencer à poser des questions. s'ils demandent, tu mens. c'est ça le vrai test #from: hamza #flag: loyalty-test #flag: secrecy
choisis : eux ou le chemin. ce soir #from: hamza #flag: isolation #flag: urgency
* [Faire une capture et l'envoyer à Nisrine]
    Nisrine. regarde ça #from: me #chat: nisrine_dm
* [Frapper à la porte de Nisrine]
    entre 🙂 #from: nisrine #chat: nisrine_dm
- -> tell_salma

=== tell_salma ===
#chat: nisrine_dm
y a un mec. Hamza. il m'écrit depuis ce soir-là #from: me
il dit que j'ai quelque chose de spécial. il m'a fait quitter le groupe. et y a une « réunion » samedi #from: me
merci de me l'avoir dit. t'as rien fait de mal #from: nisrine
et surtout tu supprimes rien. on fait des captures de tout, ok ? #from: nisrine
Il est tombé sur toi le pire soir. Ce n'est pas un hasard, c'est comme ça que les gens comme lui fonctionnent. #counter: nisrine
Quitter ta famille, une réunion secrète, mentir à maman : quelqu'un qui tient vraiment à toi ne te demanderait jamais ça. #counter: nisrine
* [Le dire à Maman et Papa, avec Nisrine à côté de toi]
    ok. je suis juste derrière toi #from: nisrine
* [Demander à Nisrine de leur dire d'abord]
    ok. j'y vais en premier, tu viens quand tu veux #from: nisrine
- Nisrine a rajouté ton compte dans Famille 🏠 #system #chat: family
❤️❤️❤️ #from: mama
Bon retour. On parle ce soir. Calmement. Sans crier, promis. #from: papa
Tu n'es pas une note. Tu es mon enfant. Une note ne change pas ça, une erreur non plus. #counter: papa
Tu as gardé les captures, puis bloqué et signalé Hamza.M #system #chat: hamza_dm
{posted_image:
    Tu as supprimé ta story avec le phare #system
}
J'ai vu les captures. Demain matin, j'appelle le 2511 et on va au commissariat avec elles. #from: papa #chat: family
Un homme de 24 ans qui donne rendez-vous en secret à un ado et lui demande de mentir à ses parents : c'est lui qui est en faute, pas toi. C'est à lui que la police va poser des questions. #from: papa
Si quelqu'un en ligne te demande de le rencontrer en secret ou de mentir à ta famille, dis-le tout de suite à un adulte de confiance. #help: trusted-adult
Bloque et signale le compte, et garde des captures d'écran : un adulte de confiance peut les apporter au 2511 ou à la police. C'est l'adulte qui te cible qui a un problème, pas toi. #help: report
Si un jour tu te sens en danger immédiat, appelle la police au 19 ou la Gendarmerie royale au 177. #help: emergency
Ça a été loin, mais tu as fait demi-tour : ta sœur t'a tendu la main, et tu l'as prise. #ending: sister-reached-out
-> END
