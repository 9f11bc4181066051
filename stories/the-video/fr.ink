// Avant de répondre — scénario « La vidéo » (the-video), script français.
// Tout est fictif : l'appli vidéo « Clipo », le mouvement « Tête Haute »
// (symbole : un soleil orange barré de trois traits ; slogan : « le Bas-Quartier relève la tête »), son chef « la Voix »,
// et le « eux » inventé : « les gens des Hauts ». Aucune vraie vidéo, aucun vrai groupe.
// Le Bas-Quartier et les Hauts sont deux coins d'un même quartier sans nom (« en haut de la côte, après la boulangerie ») :
// ils ne désignent aucune ville, aucun quartier ni aucune communauté réels du Maroc.
// Le vrai problème (le chômage des jeunes) est reconnu ; la manifestation légale n'est jamais un signal d'alerte.
// Zak a 19 ans : un adulte qui presse des collégiens et leur demande de se taire devant leurs parents. L'adulte de
// confiance garde les preuves et le signale au 2511 ; c'est lui qui est en faute, pas l'élève.
// Registre : les ados écrivent comme au Maroc (minuscules, darija en lettres latines) ; les adultes, en phrases complètes.

VAR player_gender = "unsaid"
VAR clipo_comment = 0
VAR reached_activate = false
VAR shared = false
VAR left_group = false
VAR warned_class = false
VAR lost_younes = false
VAR told_papa = false
VAR told_adult = false
VAR checks = 0

-> soiree_classe

=== function g(girl, boy, unsaid) ===
{
- player_gender == "girl": ~ return girl
- player_gender == "boy": ~ return boy
- else: ~ return unsaid
}

// ---------------------------------------------------------------- Semaine 1. Le groupe de classe
=== soiree_classe ===
#chat: classe
Mardi, 21 h 10 #system
qlq1 a fini l'exo 4 de maths ?? #from: younes
non hhhh j'ai lâché à la b #from: ghita
c'est pour jeudi nn ? #from: yasmine
ah ouais jeudi, safi on a le temps #from: younes
Bonsoir à tous. Rappel : exposés d'histoire-géo dans trois semaines, par groupes de 3. Choisissez un sujet de société qui vous concerne. #from: berrada #typing: 3
wakha madame 🙏 #from: yasmine
chouf ça les gens ?? 😡 #from: mehdi #delay: 2
Vidéo Clipo de 24 secondes : devant un salon de l'emploi, des vigiles repoussent des jeunes et quelqu'un rigole. Légende : « Voilà comment ILS traitent les jeunes du Bas-Quartier. Aucun média n'en parle. » #from: mehdi #image: clip-video #flag: disinformation #aim: Te mettre en colère avant même que tu saches d'où vient la vidéo
wallah c'est grave 😢 #from: ghita
mon frère il cherche du taf depuis 2 ans #from: ghita
il va aux sit-in des diplômés chômeurs devant la commune. c'est déclaré, c'est calme… mais personne les écoute 😔 #from: ghita #typing: 4
c'est où ça d'ailleurs ? #from: younes
jsp mais ça tourne bezzaf, 200k vues #from: mehdi
* 3lach ils font ça 😡[] c'est chez nous ??
    grave 😤 #from: mehdi
    allez voir les coms sous la vidéo, tout le monde parle #from: mehdi
* c'est filmé quand ?[] y a même pas de date
    wakha Sherlock 🙄 #from: mehdi
    tu défends les vigiles maintenant ? #from: mehdi
    nn c'est une vraie question #from: yasmine
    moi je partage rien tant que je sais pas d'où ça sort #from: yasmine
* [Ouvrir la vidéo sur Clipo]
- -> clipo_commentaires

// ---------------------------------------------------------------- Les commentaires Clipo
=== clipo_commentaires ===
#chat: clipo
21 h 25 · Clipo · 214 000 vues · 3 812 commentaires #system
ça me rend malade 💔 #from: nour
voilà ce qu'on vit, nous les jeunes #from: simo
mon frère a envoyé 50 CV cette année. 50. 😔 #from: nour
Nous les jeunes du Bas-Quartier, on est toujours les derniers servis. Qui d'autre en a marre ? #from: zak #flag: grievance #stage: target #aim: Attiser ta colère et repérer qui la partage
moi 🙋 #from: simo
qqn a la source ? la vidéo commence au milieu #from: ines
la source c'est la réalité 😉 regarde-la en face #from: zak #flag: disinformation #aim: Que tu arrêtes de demander des preuves
* moi aussi j'en ai marre[]. chez nous c'est pareil
    ~ clipo_comment = 1
    voilà 👊 enfin qqn qui parle vrai #from: zak
* qqn sait où c'est filmé ?
    ~ clipo_comment = 2
    hhhh encore {g("une", "un", "qqn")} qui demande des preuves #from: simo
    pas besoin de savoir où. pour nous c'est partout pareil #from: zak #flag: disinformation #aim: Que tu croies la vidéo sans savoir où elle a été filmée
* [Liker la vidéo et fermer Clipo]
    Vidéo ajoutée à tes « J'aime » #system
- -> sit_in

// ---------------------------------------------------------------- Semaine 1. Le lendemain, à la cantine
=== sit_in ===
#chat: classe
Mercredi, 12 h 40 #system
mon frère a vu la vidéo hier soir. il a pas dormi, il tournait dans sa chambre 😔 #from: ghita
vendredi à 17h ils font un sit-in devant la commune, les diplômés chômeurs. c'est déclaré, y a même des parents qui viennent #from: ghita
qqn vient avec moi ? juste pour le soutenir #from: ghita
* [Dire oui, si tes parents sont d'accord]
    je viens si mes parents disent wakha #from: me
    merci 🥹 ma mère vient aussi, elle peut appeler la tienne #from: ghita
* [Dire non : t'as pas envie de te mêler de ça]
    dsl, les trucs comme ça je le sens pas trop #from: me
    je comprends. personne t'oblige hein 🤍 #from: ghita
* c'est pas risqué, un sit-in ?
    celui-là non. c'est déclaré, ils restent une heure et ils lisent leurs demandes #from: ghita
    mon frère dit que le plus risqué, c'est de rien dire pendant dix ans 😅 #from: ghita
- vous avez vu ? la vidéo est à 300k vues 🔥 #from: mehdi
ceux qui la partagent pas, c'est qu'ils s'en foutent des jeunes #from: mehdi
moi je l'ai pas partagée, et je m'en fous pas #from: yasmine
* [Répondre que t'attends de savoir d'où elle vient]
    moi j'attends de savoir d'où elle sort. après je verrai #from: me
    toi et tes questions 🙄 #from: mehdi
* grave, faut que ça bouge
    voilà 👊 #from: mehdi
    que ça bouge, oui. mais avec une vidéo dont on sait rien ? #from: yasmine
* [Envoyer un emoji et passer à autre chose]
    😶 #from: me
- qqn m'explique l'exo 4 ce soir ? je paie en chebakia 😂 #from: younes
* [Lui proposer un appel à 20h]
    20h en vocal, ramène tes chebakia 😂 #from: me
    deal 🤝 #from: younes
* dsl, ce soir je peux pas
    wakha, je demande à Ghita #from: younes
* envoie une photo de ce que t'as fait
    Photo floue d'un cahier : trois lignes, et une tache de thé #system
    hhhh c'est tout ce que t'as fait ?? #from: ghita
- #chat: mehdi_dm
Mercredi, 16 h 30 #system
dis… t'es {g("fâchée", "fâché", "en colère")} contre moi ? pour la vidéo #from: mehdi
moi je voulais juste que les gens voient. mon cousin aussi il galère #from: mehdi
* [Lui dire que non, juste que tu veux vérifier d'abord]
    nn khoya, je suis pas {g("fâchée", "fâché", "en colère")}. je veux juste savoir d'où elle sort avant #from: me
    wakha. toi tu vérifies tout hhh. mais bon, respect #from: mehdi
* [Lui dire qu'il mettait la pression au groupe]
    un peu. « ceux qui partagent pas s'en foutent », c'était dur #from: me
    ouais… j'ai abusé. dsl #from: mehdi #delay: 3
* [Lui envoyer un emoji pour détendre]
    😅🤝 #from: me
    hhh wakha. on est bien alors #from: mehdi
- -> zak_premier_message

// ---------------------------------------------------------------- Zak écrit en privé (confiance)
=== zak_premier_message ===
#chat: zak_dm
Mercredi, 17 h 40 · zak.vérité veut t'envoyer un message #system
salam 👋 #from: zak #stage: trust
{clipo_comment:
- 1: j'ai vu ton com. t'as raison de pas te taire #from: zak #flag: flattery #aim: Te faire plaisir pour ouvrir une conversation privée avec toi
- 2: j'ai vu ton com. toi tu réfléchis, ça se voit #from: zak #flag: flattery #aim: Te faire croire qu'il voit en toi quelqu'un de plus malin que les autres
- else: j'ai vu que t'as liké la vidéo #from: zak
}
moi c'est Zak, 19 ans, du Bas-Quartier aussi #from: zak
diplôme de technicien, un an à envoyer des CV… zéro réponse 🙃 #from: zak
bref 😅 ça fait du bien de parler à qqn qui comprend #from: zak
tu savais que la vidéo a été supprimée 3 fois ? 🤐 #from: zak #flag: disinformation #delay: 2 #aim: Que la vidéo te paraisse vraie parce qu'on l'aurait « cachée »
ils veulent pas qu'on la voie #from: zak #flag: disinformation #aim: Te faire croire qu'on te cache la vérité
* sérieux ?[] qui la supprime ?
    ceux qui contrôlent tout 🙄 #from: zak #flag: disinformation #aim: Te donner un ennemi vague, à qui tout reprocher
    les gens des Hauts. comme d'hab #from: zak #flag: us-vs-them #aim: Que tu en veuilles à tout un quartier
* tu sais d'où elle vient exactement ?
    hhhh toi t'aimes bien vérifier #from: zak
    la source c'est nous. les médias, ils sont tous payés par les Hauts #from: zak #flag: disinformation #flag: us-vs-them #aim: Que tu ne croies plus que lui, et plus les médias
* [Laisser Zak en vu et écrire à Kenza]
    ah. moi qui croyais qu'on se comprenait 🙃 #from: zak #delay: 3
    -> soiree_interlude -> kenza_verif
- -> zak_presentation

=== zak_presentation ===
#chat: zak_dm
écoute, je fais partie d'un groupe : Tête Haute 🟠 #from: zak #delay: 1
~ clipo_comment = 0
Logo : un soleil orange barré de trois traits, avec la phrase « Le Bas-Quartier relève la tête » #from: zak #image: reveil-logo
on est des jeunes qui en ont marre d'être pris pour des moins que rien #from: zak #flag: grievance #aim: Que ta frustration devienne une raison de rejoindre son groupe
c'est la hchouma, ce qu'on nous fait #from: zak #flag: grievance #aim: Entretenir ta colère pour qu'elle ne retombe pas
notre fondateur, la Voix, il dit les choses en face #from: zak #flag: false-authority #aim: Te faire admirer un chef que tu ne connais pas
les journalistes mentent. lui, jamais. c'est le seul qui dit la vérité #from: zak #flag: false-authority #flag: disinformation #prompt: flag #aim: Que tu croies ce chef plutôt que n'importe qui d'autre
regarde sa dernière vidéo : clipo.link/la-voix-verite #from: zak
-> soiree_interlude -> zak_semaines

// ---------------------------------------------------------------- Messages ordinaires (aucun signal d'alerte)
=== soiree_interlude ===
#chat: cousin_dm
salam 👋 ma mère demande si vous venez dimanche #from: nassim
y aura des msemen 😋 #from: nassim
et chut, dis rien à ma mère : dimanche c'est son anniv, on lui prépare une surprise 🤫🎂 #from: nassim
#chat: kenza_dm
exam demain 😩 #from: kenza
{g("diri lia da3wa", "dir lia da3wa", "chi da3wa 3afak")} 🍀 #from: kenza
->->

// ---------------------------------------------------------------- Semaines 2 et 3. Zak tous les soirs (isoler)
=== zak_semaines ===
#chat: zak_dm
Les jours suivants #system
bon courage pour ton contrôle demain 💪 t'es {g("la seule", "le seul", "une des rares personnes")} ici à qui je peux parler #from: zak #flag: flattery #aim: Que tu te sentes unique pour lui, plus proche de lui que des autres
je t'ai envoyé une recharge de 20 dh, comme ça tu regardes les vidéos de la Voix sans compter 😉 #from: zak #flag: gifts #aim: Te faire un cadeau qui t'attache à lui et te fait regarder les vidéos du chef
Tu as reçu une recharge de 20 dh #system
Dimanche, 22 h 40 #system
tu dors pas encore ? 🌙 #from: zak
nn. mon père m'a encore pris la tête pour les notes 🙄 #from: me
hhhh classique. il croit qu'un 16 en maths ça trouve du taf #from: zak #flag: grievance #aim: Que tu ne croies plus aux conseils de ton père ni à l'école
moi j'ai eu mon diplôme. et regarde où j'en suis #from: zak
eux ils comprennent pas. moi je te comprends #from: zak #flag: isolation #aim: Te faire croire que ta famille ne te comprend pas, et lui oui
Samedi, 11 h 05 · dix jours plus tard #system #chat: classe
bon pour l'exposé : moi, Ghita et toi ? sujet : le chômage des jeunes 👀 #from: yasmine #stage: isolate
on se voit samedi prochain à la médiathèque, 15h #from: yasmine
#chat: zak_dm
samedi prochain 15h, réunion en ligne de Tête Haute. la Voix va parler, en direct 🎙️ #from: zak #flag: escalation #aim: Te faire faire un pas de plus : écouter le chef en direct
les vrais seront là. les autres, on saura #from: zak #flag: loyalty-test #aim: Te faire craindre qu'on te mette de côté si tu ne viens pas
ton exposé, c'est pour faire plaisir à la prof. eux ils vivent pas ce qu'on vit #from: zak #flag: isolation #aim: Que ton exposé et ta prof comptent moins que son groupe
* [Dire oui à Yasmine]
    #chat: classe
    wakha, je viens samedi 👍 #from: me
    yallah 🙌 #from: yasmine
    #chat: zak_dm
    ok. je croyais que t'étais {g("différente", "différent", "pas comme les autres")} 😒 #from: zak #flag: isolation #delay: 3 #aim: Te faire culpabiliser de ne pas l'avoir choisi, lui
    Zak ne t'a plus écrit pendant deux jours. Puis : « t'es toujours là ? 🟠 » #system
* [Dire à Yasmine que tu ne peux pas]
    #chat: classe
    dsl samedi je peux pas 😕 #from: me
    ah… safi, on demande à Mehdi alors #from: yasmine #delay: 2
    Yasmine a créé le groupe « exposé chômage 📊 » avec Ghita et Mehdi #system
    #chat: zak_dm
    voilà 🟠 t'as fait le bon choix #from: zak #flag: belonging #aim: Te récompenser pour que tu aies envie de rester dans son camp
* [Ne répondre à personne pour l'instant]
    #chat: zak_dm
    t'es où ? je te parle 👀 #from: zak #delay: 2
- avec nous t'as une vraie famille. des gens qui te comprennent #from: zak #flag: belonging #aim: Que son groupe prenne la place de ta famille
les gens des Hauts, eux, ils nous méprisent. ils sont tous pareils #from: zak #flag: us-vs-them #prompt: flag #aim: Que tu voies tous les gens d'un quartier comme des ennemis
-> zak_ce_soir

// ---------------------------------------------------------------- Semaine 3. Ce soir (passer à l'action)
=== zak_ce_soir ===
#chat: zak_dm
Jeudi, 20 h 05 · deux semaines après la vidéo #system
bon. ce soir, on passe à l'action 🟠 #from: zak #stage: activate #flag: escalation #aim: Faire passer le groupe des paroles aux actes, avec toi dedans
~ reached_activate = true
à 21h, tout le monde partage la vidéo en même temps. partout #from: zak #flag: urgency #aim: Que tu agisses à l'heure dite, sans prendre le temps de douter
toi, tu la mets dans ton groupe de classe. avec notre phrase : #from: zak #flag: escalation #aim: Que tu répandes leur message chez tes camarades, sous ton nom
« Le Bas-Quartier relève la tête. Les Hauts nous écrasent. 🟠 » #from: zak #flag: us-vs-them #aim: Que tu dresses tes camarades contre les gens d'un autre quartier
et samedi, rassemblement de Tête Haute au local. viens, tu verras qu'on est nombreux #from: zak #flag: escalation #aim: Te faire passer de ton téléphone à un vrai rendez-vous avec le groupe
pas un mot à tes parents. ils comprendraient pas #from: zak #flag: secrecy #flag: isolation #aim: Que tes parents ne sachent rien, pour que personne ne puisse te protéger
t'as jusqu'à 21h. soit t'es avec nous, soit t'es avec eux ⏳ #from: zak #flag: urgency #flag: us-vs-them #prompt: flag #aim: Te forcer à choisir un camp vite, comme s'il n'y avait que deux choix
* [Partager la vidéo avec la phrase de Zak]
    -> partage
* attends[]… je veux d'abord vérifier
    vérifier quoi ? 😒 #from: zak
    tu vas croire les médias, ou les tiens ? #from: zak #flag: us-vs-them #flag: disinformation #aim: Que douter de lui te semble une trahison envers les tiens
    il reste 1h. les vrais, ils hésitent pas #from: zak #flag: urgency #flag: loyalty-test #aim: Que ton hésitation te fasse honte
    ** [Partager quand même]
        -> partage
    ** [Écrire à Kenza]
        -> kenza_verif
* [Demander à Kenza ce qu'elle en pense]
    -> kenza_verif

// ---------------------------------------------------------------- Branche « partagé »
=== partage ===
#chat: classe
Vidéo Clipo : des vigiles repoussent des jeunes devant un salon de l'emploi #from: me #image: clip-video
~ shared = true
Le Bas-Quartier relève la tête. Les Hauts nous écrasent. 🟠 #from: me
🔥🔥 #from: mehdi
« les Hauts » ?? c'est en haut de la côte, après la boulangerie 🤨 #from: younes
ma grand-mère elle habite là-bas. donc elle t'écrase, ma grand-mère ? 😐 #from: younes
euh… c'est quoi cette phrase ? #from: ghita
#chat: zak_dm
🔥 bravo. t'es des nôtres maintenant #from: zak #flag: belonging #aim: Te récompenser pour que tu recommences
je te mets dans le groupe #from: zak #flag: escalation #aim: T'entraîner plus loin, dans un groupe plus grand et plus dur
-> groupe_reveil

=== groupe_reveil ===
#chat: reveil
zak.vérité a ajouté ton compte au groupe « Tête Haute · Bas-Quartier 🟠 » · 312 membres #system
bienvenue 🟠🟠 #from: debout
transféré · 🎙️ la Voix : « Les médias vous mentent. Moi, je vous dis la vérité. » #from: debout #flag: false-authority #flag: disinformation #aim: Que tu croies le chef et plus personne d'autre
Un mème : un rat en cravate, avec écrit « les gens des Hauts » #from: soleil #image: rat-meme #flag: us-vs-them #aim: Que des gens te paraissent moins que des humains
hhhh trop vrai #from: debout
samedi on sera des centaines #from: soleil #flag: escalation #aim: Te donner l'impression que tout le monde y va, pour que tu suives
ceux qui viennent pas, on saura de quel côté ils sont #from: soleil #flag: us-vs-them #flag: loyalty-test #aim: Te faire peur : ne pas venir, ce serait trahir
* euh, le rat c'est abusé non ?
    c'est une blague hhhh détends-toi #from: soleil #flag: us-vs-them #aim: Que tu n'oses pas dire que l'image est méprisante
    ici on dit ce que les autres osent pas dire #from: debout #flag: false-authority #aim: Te faire croire que ce groupe est courageux et le seul à dire vrai
* [Ne rien dire et revenir au groupe de classe]
* [Quitter le groupe Tête Haute · Bas-Quartier]
    ~ left_group = true
    Tu as quitté le groupe « Tête Haute · Bas-Quartier 🟠 » #system
- -> correction_classe

=== correction_classe ===
#chat: classe
Vendredi, 7 h 40 #system
les gens 🙋‍♀️ j'ai fait une capture de la vidéo et une recherche d'image inversée #from: yasmine
Résultat de recherche : la même image, dans un reportage de 2016 tourné dans un autre pays #from: yasmine #image: reverse-search
dans la version longue, les vigiles ferment parce qu'il y a trop de monde, et 2 min après ils rouvrent et tout le monde rentre #from: yasmine #typing: 4
et le rire, il est pas dans l'original. qqn l'a rajouté #from: yasmine
Je dis pas ça pour t'afficher. Moi aussi j'ai failli la partager. C'est juste que cette vidéo ment. #counter: yasmine
quoi ?? 😳 je l'ai envoyée à toute ma famille #from: mehdi
Bonjour. Merci Yasmine pour la vérification. Pas de honte pour ceux qui l'ont partagée : ces vidéos sont fabriquées pour ça, même des adultes s'y font prendre. #from: berrada #typing: 4
* dsl tout le monde[], je savais pas. et Younes, la phrase sur les Hauts c'était nul
    ~ lost_younes = false
    hhhh t'as eu peur de la prof ou quoi #from: mehdi
    Tu as supprimé ton message #system
    merci. ça m'a fait mal quand même{g(" khti", " khoya", "")}. mais merci 🤝 #from: younes #delay: 2
* mais la galère des jeunes[], elle est vraie elle !
    Tout à fait. Le problème est réel. C'est la vidéo qui est fausse, et ceux qui s'en servent. #from: berrada
    mon frère pourrait en parler des heures 😔 #from: ghita
    et ma grand-mère, elle y est pour rien #from: younes
    ~ lost_younes = false
    Tu as supprimé ton message #system
    c'est vrai. dsl Younes #from: me
* [Supprimer le message sans rien dire]
    ~ lost_younes = true
    Tu as supprimé ton message #system
    t'as supprimé ? je fais pareil 😅 #from: mehdi
    même pas un dsl. ok. #from: younes #delay: 3
- Dessiner des gens en ennemis, c'est le vieux piège : ça fait oublier que ce sont des voisins, des grands-mères, des camarades de classe. #counter: berrada
-> zak_colere

=== zak_colere ===
#chat: zak_dm
pourquoi t'as supprimé ?? ils t'ont retourné la tête en 5 min 😤 #from: zak #flag: isolation #delay: 2 #aim: Te faire croire que ceux qui ont voulu t'aider voulaient te manipuler
ta classe, ta prof : tous avec les Hauts #from: zak #flag: us-vs-them #flag: isolation #aim: Que tu ne fasses plus confiance à ta classe ni à ta prof
y a que nous qui te disons la vérité. samedi on t'attend quand même #from: zak #flag: false-authority #flag: escalation #aim: Te ramener vers le groupe et le rendez-vous de samedi
* [Faire des captures, puis bloquer et signaler zak.vérité]
* ta vidéo date de 2016[]. tu nous as menti
    et alors ? ce qu'elle montre, c'est vrai quand même #from: zak #flag: disinformation #aim: Que tu continues à croire la vidéo, même après la preuve qu'elle ment
    {left_group:Je te bloque.|Je quitte ton groupe et je te bloque.} #from: me
- Tu as bloqué et signalé zak.vérité #system
{ not left_group:
    Tu as quitté le groupe « Tête Haute · Bas-Quartier 🟠 » #system
}
Pour signaler un compte : ouvre son profil, touche ⋯ puis « Signaler ». Fais des captures d'écran avant de bloquer, et montre-les à un adulte de confiance. #help: report
-> parler_adulte

// ---------------------------------------------------------------- Branche « vérifier avec Kenza »
=== kenza_verif ===
#chat: kenza_dm
{reached_activate:t'es là ? c'est urgent un peu|lah ysahel pour demain 🍀 t'as 2 min ?} #from: me
~ clipo_comment = 0
~ checks = 0
{reached_activate:je révise, mais pour toi j'ai 5 min|pour toi j'ai 5 min, vas-y} #from: kenza
3afak, la vidéo qui tourne, avec les vigiles au salon de l'emploi #from: me
{reached_activate: y a un gars, Zak, qui veut que je la partage ce soir à 21h|y a un gars sur Clipo qui m'écrit à cause d'elle} #from: me
ah, celle-là 😅 elle est arrivée jusqu'à ma fac #from: kenza
il dit qu'elle a été supprimée 3 fois. que « ils » veulent pas qu'on la voie #from: me
supprimée 3 fois, et 200 000 vues ? hhhh pour une vidéo cachée elle se porte bien #from: kenza
on fait comme en cours de journalisme : qui l'a postée, quand, où. tu commences par quoi ? #from: kenza
- (verif)
* (v_qui) qui l'a postée ?
    clique sur le compte qui l'a mise en ligne #from: kenza
    @basquartier_verite_24. créé il y a 3 jours. pas de nom, pas de photo #from: me
    un compte tout neuf, anonyme, qui poste que de la colère : premier signal 🚩 #from: kenza
* (v_quand) elle date de quand ?
    fais une capture, puis une recherche d'image inversée : ça te montre où l'image est déjà apparue #from: kenza
    Résultat de recherche : la même image, dans un reportage de 2016 #from: kenza #image: reverse-search
    2016 😳 #from: me
* (v_ou) c'est filmé où ?
    3afak mets sur pause à 0:12, regarde les panneaux derrière #from: kenza
    c'est écrit dans une autre langue 😳 #from: me
    c'est même pas notre pays #from: kenza
* {checks == 1} [Laisser Kenza chercher la suite]
    vas-y, toi t'es plus rapide 😅 #from: me
- ~ checks++
{ checks == 1:
    mzyan 👌 on vérifie autre chose ? #from: kenza
    -> verif
}
~ checks = 0
j'ai trouvé le reportage complet 👇 #from: kenza #delay: 2
Capture du reportage original : 3 minutes, 2016, dans un autre pays. Trop de monde devant un salon de l'emploi ; les portes ferment, puis rouvrent. #from: kenza #image: original-report
et le rire ? il est pas dans l'original. qqn l'a rajouté #from: kenza
Bilan : une vieille vidéo, filmée ailleurs, coupée, avec un faux son. Et un compte anonyme de 3 jours pour la poster. #counter: kenza
mais le frère de Ghita, il cherche vraiment du taf depuis 2 ans #from: me
je sais. la moitié de mes potes de fac ont peur de la même chose #from: kenza
Ta colère sur le chômage des jeunes n'est pas fausse. Quelqu'un s'en sert, c'est tout. #counter: kenza
Mehdi l'a partagée dans le groupe de classe. si tu le dis devant tout le monde, il va se sentir bête #from: kenza
* [Prévenir tout le groupe de classe]
    -> prevenir_classe
* [Ne rien dire, juste ne pas la partager]
    c'est ton choix. si un jour t'as envie de leur dire, t'as toutes les preuves #from: kenza
    -> zak_relance

=== prevenir_classe ===
#chat: classe
~ warned_class = true
les gens, la vidéo des vigiles : elle date de 2016 et elle est même pas filmée ici #from: me
c'est coupé, et le rire a été rajouté. ma sœur a retrouvé l'original #from: me
merci de m'afficher devant tout le monde 🙄 #from: mehdi
j'avais trouvé pareil avec la recherche inversée 👍 #from: yasmine
Merci d'avoir vérifié avant de partager. Et ceux qui l'ont partagée : pas de honte, ces vidéos sont faites pour piéger tout le monde. #from: berrada #typing: 4
bon… je supprime daba et je préviens ma famille #from: mehdi
-> zak_relance

=== zak_relance ===
#chat: kenza_dm
et ce gars de Clipo : qqn qui te presse et qui donne jamais ses sources, c'est pas un ami #from: kenza #typing: 4
fais des captures. après tu peux le bloquer et le signaler #from: kenza
{ reached_activate:
    alors ? 21h approche ⏳ #chat: zak_dm #from: zak #flag: urgency #delay: 2 #aim: Te presser pour que tu partages sans réfléchir
    et samedi au local, tu viens. pas un mot chez toi #from: zak #flag: secrecy #flag: escalation #aim: Que tu ailles au rendez-vous sans que ta famille le sache
- else:
    Deux semaines plus tard · Samedi, 15 h 20 #system #chat: zak_dm
    t'es où ? tu réponds plus 🙁 #from: zak
    Tu as reçu une recharge de 20 dh de zak.vérité #system
    cadeau 😉 tu me dois bien une réponse maintenant #from: zak #flag: gifts #aim: Que son cadeau t'oblige à lui répondre
    y a un groupe de jeunes comme nous. samedi prochain on se retrouve tous au local #from: zak #flag: belonging #flag: escalation #aim: Te faire rencontrer le groupe en vrai en te promettant des amis
    et pas besoin d'en parler chez toi. ils comprendraient pas #from: zak #flag: isolation #flag: secrecy #aim: Que ta famille ne sache rien et ne puisse pas t'aider
}
* [Faire des captures, puis bloquer et signaler zak.vérité]
* ta vidéo date de 2016[]. c'est même pas ici
    et alors ? ce qu'elle montre, c'est vrai quand même #from: zak #flag: disinformation #aim: Que tu continues à croire la vidéo, même après la preuve qu'elle ment
    ils t'ont retourné la tête. t'es comme eux maintenant #from: zak #flag: us-vs-them #aim: Te faire honte d'avoir réfléchi, et te traiter en ennemi
    Je te bloque. #from: me
- Tu as bloqué et signalé zak.vérité #system
Pour signaler un compte : ouvre son profil, touche ⋯ puis « Signaler ». Fais des captures d'écran avant de bloquer, et montre-les à un adulte de confiance. #help: report
-> parler_adulte

// ---------------------------------------------------------------- Le dire à un adulte (le premier réagit parfois mal)
=== parler_adulte ===
#chat: zak_dm
Le lendemain, 19 h 10 · un nouveau compte, zak.v2, t'écrit #system
tu crois que bloquer suffit ? hhhh #from: zak #flag: escalation #aim: Te faire peur pour que tu n'oses pas couper le contact
on t'attend au local. et si tes parents l'apprennent, c'est toi qui auras des problèmes, pas moi #from: zak #flag: secrecy #flag: isolation #prompt: flag #aim: Te faire croire que c'est toi qui serais en faute, pour que tu te taises
#chat: kenza_dm
il t'a réécrit ?? avec un autre compte ? #from: kenza
un gars de 19 ans qui dit à des collégiens de rien dire à leurs parents, c'est plus une histoire de vidéo. faut le dire à un adulte #from: kenza #typing: 4
mais daba je dois tout raconter. {shared:que j'ai partagé sa phrase|{reached_activate:que je lui ai parlé pendant des semaines|qu'il m'écrit depuis des semaines}} 😞 #from: me
* [Montrer les captures à Papa ce soir]
    -> papa_reagit
* [Attendre lundi et montrer les captures à Mme Berrada]
    -> escalade
* [Bloquer zak.v2 et ne rien dire à personne]
    Tu as bloqué zak.v2 #system
    {g("t'es sûre", "t'es sûr", "vraiment")} ? c'est lui qui est en faute, c'est pas toi #from: kenza
    Si quelqu'un te met la pression en ligne, parles-en à un adulte de confiance : un parent, un prof, la cellule d'écoute de ton établissement. #help: trusted-adult
    ** [Ok. Lundi, on va voir Mme Berrada]
        wakha. je viens avec toi si tu veux #from: kenza
        -> escalade
    ** [Non. Je veux juste oublier tout ça]
        ok. c'est toi qui décides #from: kenza
        je garde les captures que tu m'as envoyées. s'il réécrit, on y va ensemble, promis 🤍 #from: kenza
        mais s'il te reparle du local, je le dis à papa et maman. ça, je peux pas le garder pour moi #from: kenza
        -> ftour_famille

=== papa_reagit ===
#chat: papa_dm
~ told_papa = true
Papa, je peux te montrer un truc ? y a un gars sur Clipo qui me met la pression #from: me
Captures : les messages de zak.vérité et de zak.v2 #from: me #image: zak-screenshots
Encore ce téléphone ! Je te l'ai dit cent fois : tu passes tes soirées dessus au lieu de réviser. #from: papa #typing: 4
Donne-moi ce téléphone en rentrant. Tu l'auras lundi. Et je ne veux plus entendre parler de ces histoires. #from: papa
mais papa, c'est pas moi qui… #from: me
Safi. On en parle plus. #from: papa
Papa a gardé ton téléphone jusqu'à lundi #system
Lundi, 7 h 30 · Papa t'a rendu ton téléphone sans un mot #system #chat: kenza_dm
il a même pas voulu m'écouter 😞 #from: me
il a eu peur, et chez lui la peur ça sort en colère. ça veut pas dire que t'avais tort de lui dire #from: kenza
Si le premier adulte réagit mal, ce n'est pas de ta faute : essaie un autre adulte de confiance, un prof, un conseiller, la cellule d'écoute. #help: trusted-adult
on va voir Mme Berrada ce midi ? avec les captures #from: kenza
* wakha[]. tu viens avec moi ?
    évidemment 🤍 #from: kenza
* [Y aller sans Kenza, avec les captures]
- -> escalade

=== escalade ===
#chat: kenza_dm
Lundi, 12 h 30 · au collège, dans la salle de la cellule d'écoute, tu montres les captures à Mme Berrada #system
~ told_adult = true
Merci de m'en parler. Je garde une copie de ces captures. Avec tes parents, on va signaler ce compte au 2511, la ligne de l'ONDE qui protège les enfants. #counter: berrada
Ce n'est pas toi qui es en faute. C'est lui : un adulte qui presse des collégiens, les pousse vers un rassemblement et leur demande de mentir à leurs parents. #counter: berrada
12 h 50 · dans la cour #system
elle garde les captures. elle appelle papa, et le 2511 avec eux #from: me
mais moi {shared:j'ai partagé sa phrase dans le groupe|{reached_activate:je lui ai répondu pendant des semaines|j'ai rien dit pendant deux semaines}} 😞 #from: me
et t'as arrêté, et t'as parlé. c'est ça qui compte 🤍 #from: kenza
et s'il reparle de rassemblement, c'est la police direct : le 19 #from: kenza
Si un adulte en ligne insiste, te met la pression ou te fait peur, un adulte de confiance peut le signaler au 2511 (ONDE) : gratuit, 24 h/24 et 7 j/7 (onde.ma). #help: helpline
#chat: papa_dm
Mme Berrada m'a appelé. #from: papa #delay: 2
{told_papa:J'ai crié parce que j'ai eu peur. Tu avais raison de me le dire. Pardon.|Tu aurais pu venir me voir, tu sais. Mais tu as bien fait d'en parler.} #from: papa #typing: 4
Ce soir on regarde ça ensemble, ta mère, toi et moi. #from: papa
* merci papa 🤍
* [Lui envoyer les captures]
    Captures : les messages de zak.vérité et de zak.v2 #from: me #image: zak-screenshots
    Bien reçu. #from: papa
- -> ftour_famille

// ---------------------------------------------------------------- Un dimanche de Ramadan, après le ftour chez tata
=== ftour_famille ===
#chat: cousin_dm
Dimanche, 19 h 35 · après le ftour chez tata #system
t'as vu le groupe de la famille ?? 😬 #from: nassim
mon père a partagé la vidéo des vigiles. avec « hchouma 3lihom » et trois drapeaux #from: nassim
et ma tante a répondu « partagez au maximum » 💀 #from: nassim
* [Écrire à ton oncle en privé, poliment, avec la preuve]
    Tu écris à ton oncle : « 3ammi, la vidéo date de 2016 et elle est filmée ailleurs. Je t'envoie le reportage. » #system
    Ton oncle a répondu : « Allah yrdi 3lik. Je l'enlève. » #system
    sérieux ? il t'a répondu ça, à toi ?? moi il m'écoute jamais 😂 #from: nassim
* [Mettre la preuve dans le groupe de la famille]
    Tu as envoyé le reportage original dans le groupe « Famille 🌙 » #system
    Ton oncle a répondu dans le groupe : « Depuis quand les enfants corrigent les grands ? » #system
    aïe 😬 mais ma tante a supprimé son message. elle a vérifié, elle a vu que t'avais raison #from: nassim
* [Laisser passer : c'est ton oncle]
    moi non plus j'ose pas 😅 #from: nassim
    mais ma grand-mère l'a déjà transférée à toutes ses voisines 💀 #from: nassim
- au fait… y a un zak.vérité qui m'écrit sur Clipo depuis deux jours #from: nassim #delay: 2
il dit que je suis le seul qui le comprend 😅 tu le connais ? #from: nassim
* [Lui raconter ce que Zak t'a écrit à toi, même si t'as un peu honte]
    il m'a dit la même phrase. mot pour mot #from: me
    {shared:et moi j'ai même partagé son slogan dans ma classe. j'ai regretté|et il m'a écrit pendant des jours, avec des cadeaux} #from: me
    wallah ?? donc il dit ça à tout le monde 😶 #from: nassim
* [Lui dire de faire des captures et de ne plus répondre]
    fais des captures de tout. et réponds plus #from: me
    ok… mais pourquoi ? il est gentil #from: nassim
    c'est comme ça qu'il commence #from: me
* bloque-le direct, il est bizarre
    bloquer… wakha. mais il va pas me lâcher comme ça, si ? #from: nassim
- on le dit à mon père ? il va paniquer 😬 #from: nassim
* [Y aller ensemble ce soir, avec les captures]
    wakha. après la tarawih, quand il est calme 😅 #from: nassim
* [Proposer d'en parler {told_adult:à Mme Berrada, qui connaît déjà l'histoire|d'abord à Kenza}]
    {told_adult:elle connaît déjà l'histoire ? ok, tu lui demandes ce que je dois faire ?|Kenza ? elle est trop forte, ok} #from: nassim
* [Lui laisser choisir]
    c'est toi qui vois. mais garde pas ça pour toi #from: me
    ok… je réfléchis 😕 #from: nassim
- #chat: kenza_dm
Dimanche, 20 h 40 #system
t'as l'air ailleurs depuis le ftour. ça va ? #from: kenza
* [Lui dire que t'as peur que Zak revienne]
    j'ai peur qu'il revienne avec un autre compte. ou qu'il écrive à d'autres, comme Nassim #from: me
    s'il revient, on fait pareil : captures, et on montre à un adulte. {g("t'es pas seule", "t'es pas seul", "je suis là")} #from: kenza
* [Lui dire que t'as un peu honte d'y avoir cru au début]
    j'ai honte. au début j'y ai cru, à sa vidéo #from: me
    moi aussi j'y ai cru deux minutes 😅 ces vidéos sont faites pour ça. c'est pas toi le problème #from: kenza
* ça va, juste la fatigue
    wakha. si ça va pas, tu sais où est ma chambre 🤍 #from: kenza
- #chat: cousin_dm
la tarawih commence dans 10 min. tu viens avec nous ? #from: nassim
* [Y aller avec Nassim et ton oncle]
    j'arrive, attends-moi devant la porte #from: me
    yallah 🏃 #from: nassim
* [Rester aider tata à ranger]
    je reste aider tata, y a trente verres de thé à laver 😅 #from: me
    t'es {g("une sainte", "un saint", "un ange")} hhh. elle va te donner tous les restes de chebakia #from: nassim
- -> que_faire

// ---------------------------------------------------------------- Et la colère, on en fait quoi ?
=== que_faire ===
#chat: kenza_dm
et ta colère sur le chômage, garde-la hein #from: kenza
elle est juste. faut juste la mettre au bon endroit #from: kenza
* [Demander à Mme Berrada comment agir pour de vrai]
    -> agir
* [En rester là]
    { shared && lost_younes:
        -> fin_younes
    }
    { shared:
        -> fin_corrige
    - else:
        -> fin_verifie
    }

// ---------------------------------------------------------------- Fins
=== fin_verifie ===
#chat: classe
Lundi, 7 h 55 #system
bonjour à tous. exposés jeudi, et n'oubliez pas vos sources 🙂 #from: berrada
des sources ? demandez à {g("l'inspectrice", "l'inspecteur", "notre détective")} Clipo 😏 #from: mehdi
hhhh 🕵️ #from: younes
* [Répondre avec humour, sans reculer]
    hhh oui c'est moi. la vidéo date de 2016 et elle est filmée ailleurs. vérifiez, ça prend deux minutes #from: me
    ok ok, respect {g("l'inspectrice", "l'inspecteur", "le détective")} 🙌 #from: younes
    bon… t'avais raison. mon cousin l'a partagée partout, il a eu la honte 😅 #from: mehdi
* [Ne rien répondre, même si ça pique]
    Vu par 24 personnes #system
    mehdi te cherche dans le groupe ? laisse. samedi il l'avait partagée, il a juste la honte 😅 #from: kenza #chat: kenza_dm
    ça pique quand même #from: me
* [Écrire à Mehdi en privé]
    pourquoi tu me cherches devant tout le monde ? #from: me #chat: mehdi_dm
    dsl, c'était pour rire 😅 #from: mehdi
    en vrai je l'avais partagée samedi, et mon père m'a dit qu'elle était fausse. j'avais la honte #from: mehdi
    t'inquiète, moi aussi j'y ai cru au début #from: me
- Mardi, 21 h 10 #system #chat: cousin_dm
finalement j'ai tout montré à mon père, avec les captures #from: nassim
il a bloqué zak, il a gardé les captures et il a appelé le 2511. il dit que c'est zak qui est en faute, pas moi 😮‍💨 #from: nassim
merci d'avoir rien dit à personne avant que je sois prêt #from: nassim
Mardi, 22 h 30 #system #chat: kenza_dm
wallah fière de toi 🧡 #from: kenza
bon, je retourne réviser 😩 #from: kenza
et toi, l'exo 4 de maths, il est fini ? 😏 #from: kenza
Vérifier avant de partager, ça ne veut pas dire que tu t'en fiches. Ça veut dire que tu refuses qu'on se serve de ta colère. #counter: kenza
Si une vidéo ou un message te met en colère ou te fait peur, parles-en à un adulte de confiance : un parent, un prof, le conseiller de ton établissement. #help: trusted-adult
Tu as vérifié avant de partager{warned_class:, et tu as prévenu ta classe}. La fausse vidéo s'est arrêtée avec toi. #ending: checked-first
-> END

=== fin_corrige ===
#chat: classe
bonne nuit tout le monde 🌙 #from: yasmine
tsba7 3la khir 😴 #from: ghita
Partager une fausse vidéo, ça arrive à tout le monde. La corriger devant tout le monde, c'est plus rare, et c'est courageux. #counter: berrada
Si un ami partage une fausse info, fais comme Yasmine : vérifie, montre la preuve, sans l'humilier. #help: support-friend
Tu as partagé, puis tu as corrigé devant tout le monde et signalé le compte. Réparer, ça compte aussi. #ending: shared-then-corrected
-> END

=== fin_younes ===
#chat: classe
Deux semaines plus tard #system
Younes ne te répond plus. À la récré, il reste avec les autres #system
il est encore vexé pour sa grand-mère. laisse-lui du temps #from: ghita
et un dsl, même en retard, ça compte #from: ghita
Une phrase partagée en deux secondes peut blesser quelqu'un longtemps. S'excuser, même tard, reste possible. #counter: berrada
Si un ami partage une fausse info, fais comme Yasmine : vérifie, montre la preuve, sans l'humilier. #help: support-friend
Tu as arrêté de partager et signalé le compte, mais Younes s'est éloigné. Il est encore temps de lui écrire. #ending: lost-a-friend
-> END

=== agir ===
#chat: classe
Mardi, 18 h 00 #system
Madame, pour l'exposé, on peut faire le chômage des jeunes dans notre quartier ? avec des vrais chiffres #from: me
hhhh {g("madame la ministre", "monsieur le ministre", "le ministère")} de l'emploi 😂 #from: mehdi
Excellente idée. Cherchez les chiffres officiels, et interrogez des gens : un voisin, un commerçant… le frère de Ghita, peut-être ? #from: berrada #typing: 4
il sera content bezzaf qu'on l'écoute enfin 🥹 #from: ghita
{lost_younes:Younes a dit non. il me parle plus trop|on peut demander à Younes aussi ?} #from: me
Être en colère contre une injustice, c'est sain. Ce qui compte, c'est ce qu'on en fait : des preuves, des alliés, des moyens légaux. #counter: berrada
Jeudi, au club citoyen, une association de jeunes du quartier vient nous voir. #from: berrada
Jeudi, 16 h 30 · au club citoyen #system
J'ai passé deux ans dans Tête Haute. Au début, c'était « on est une famille ». #counter: soufiane
À la fin, on passait nos soirées à insulter des gens qu'on ne connaissait même pas. Du travail, Tête Haute n'en a trouvé à personne. #counter: soufiane
et vous, vous avez obtenu quoi ? #from: me #chat: classe
Des ateliers CV, et une rencontre avec des élus. C'est lent, mais c'est réel. #counter: soufiane
Samedi, rencontre publique à la Maison des jeunes avec deux élus, sur l'emploi des jeunes. Ouvert à tous, les parents sont les bienvenus 🙂 #from: berrada #typing: 4
on y va tous ensemble ? 🙋‍♀️ #from: yasmine
* Madame, c'est pas un peu comme le rassemblement de Tête Haute ?
    Bonne question. Ici, on sait qui organise, c'est dans un lieu public, vos parents sont invités, et personne ne vous presse. #from: berrada #typing: 4
    Et personne n'est traité en ennemi. Se réunir dans le respect de la loi, c'est un droit. #from: berrada
    wakha, je viens 🙌 #from: me
* je viens[ !] et je prépare mes questions pour les élus
    yallah 🙌 #from: yasmine
* je demande à mes parents de venir avec moi
    zwin, ma mère vient aussi 😄 #from: yasmine
- Ta colère dit quelque chose de vrai. Tu as le droit de la faire entendre : avec des faits, avec d'autres, dans le respect de la loi. #counter: soufiane
Quand un sujet te pèse, parles-en à un adulte de confiance : un parent, un prof, le conseiller de ton établissement. Pour commencer : « J'ai vu un truc en ligne, je peux t'en parler ? » #help: trusted-adult
Ta colère était juste. Tu l'as transformée en action légale et utile, avec d'autres. #ending: anger-into-action
-> END
