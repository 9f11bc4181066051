// Avant de répondre — scénario « La vidéo » (the-video), script français.
// Tout est fictif : l'appli vidéo « Clipo », le mouvement « Tête Haute »
// (symbole : un soleil orange barré de trois traits ; slogan : « le Bas-Quartier relève la tête »), son chef « la Voix »,
// et le « eux » inventé : « les gens des Hauts ». Aucune vraie vidéo, aucun vrai groupe.
// Le Bas-Quartier et les Hauts sont deux coins d'un même quartier sans nom (« en haut de la côte, après la boulangerie ») :
// ils ne désignent aucune ville, aucun quartier ni aucune communauté réels du Maroc.
// Le vrai problème (le chômage des jeunes) est reconnu ; la manifestation légale n'est jamais un signal d'alerte.

VAR clipo_comment = 0
VAR reached_activate = false
VAR shared = false
VAR left_group = false
VAR warned_class = false
VAR checks = 0

-> soiree_classe

// ---------------------------------------------------------------- 1. Le groupe de classe
=== soiree_classe ===
#chat: classe
qlq1 a fini l'exo 4 de maths ?? #from: younes
non mdr j'ai lâché à la question b #from: ghita
c'est pour jeudi nn ? #from: yasmine
ouais jeudi tkt #from: younes
Younes tu m'envoies une photo quand t'as fini ? 👀 #from: ghita
jamais. la dernière fois t'as recopié mes fautes 😂 #from: younes
Bonsoir à tous. Petit rappel : exposés d'histoire-géo mardi, par groupes de 3. Bonne soirée ! #from: berrada #typing: 3
merci madame 🙏 #from: yasmine
Madame, on peut choisir le sujet ? #from: ghita
Oui : un sujet de société qui vous concerne. Envoyez-moi vos idées avant vendredi. #from: berrada #typing: 3
wsh vous avez vu ça ?? 😡 #from: mehdi #delay: 2
Vidéo Clipo de 24 secondes : devant un salon de l'emploi, des vigiles repoussent des jeunes et quelqu'un rigole. Légende : « Voilà comment ILS traitent les jeunes du Bas-Quartier. Aucun média n'en parle. » #from: mehdi #image: clip-video #flag: disinformation
c'est grave ça 😢 #from: ghita
mon frère il cherche du taf depuis 2 ans #from: ghita
il va aux sit-in des diplômés chômeurs devant la commune. c'est déclaré, c'est calme… mais personne les écoute 😔 #from: ghita #typing: 4
c'est où ça d'ailleurs ? #from: younes
jsp mais ça tourne partout, 200k vues #from: mehdi
* trop la haine 😡[] c'est chez nous ça ??
    grave 😤 #from: mehdi
    allez voir les coms sous la vidéo #from: mehdi
* c'est filmé quand ?[] y a même pas de date
    bonne question 👀 #from: yasmine
    moi je partage rien tant que je sais pas d'où ça sort #from: yasmine
* [Ouvrir la vidéo sur Clipo]
- -> clipo_commentaires

// ---------------------------------------------------------------- 2. Les commentaires Clipo
=== clipo_commentaires ===
#chat: clipo
Clipo · 214 000 vues · 3 812 commentaires #system
ça me rend malade 💔 #from: nour
voilà ce qu'on vit, nous les jeunes #from: simo
mon frère a envoyé 50 CV cette année. 50. 😔 #from: nour
Nous les jeunes du Bas-Quartier, on est toujours les derniers servis. Qui d'autre en a marre ? #from: zak #flag: grievance #stage: target
moi 🙋 #from: simo
qqn a la source ? la vidéo commence au milieu #from: ines
la source c'est la réalité 😉 regarde-la en face #from: zak #flag: disinformation
* moi aussi j'en ai marre[]. chez nous c'est pareil
    ~ clipo_comment = 1
    voilà 👊 enfin qqn qui parle vrai #from: zak
* qqn sait où c'est filmé ?
    ~ clipo_comment = 2
    je me demande aussi #from: ines
    pas besoin de savoir où. pour nous c'est partout pareil #from: zak #flag: disinformation
* [Liker la vidéo et fermer Clipo]
    Tu as aimé la vidéo #system
- -> zak_premier_message

// ---------------------------------------------------------------- 3. Zak écrit en privé (confiance)
=== zak_premier_message ===
#chat: zak_dm
zak.vérité veut t'envoyer un message #system
salut 👋 #from: zak #stage: trust
{clipo_comment:
- 1: j'ai vu ton com. t'as raison de pas te taire #from: zak #flag: flattery
- 2: j'ai vu ton com. toi tu réfléchis, ça se voit #from: zak #flag: flattery
- else: j'ai vu que t'as liké la vidéo #from: zak
}
moi c'est Zak, 19 ans, du Bas-Quartier aussi #from: zak
diplôme de technicien, un an à envoyer des CV… zéro réponse 🙃 #from: zak
j'ai même fait un stage. « on vous rappellera ». j'attends encore 😂 #from: zak
bref 😅 ça fait du bien de parler à qqn qui comprend #from: zak
tu savais que la vidéo a été supprimée 3 fois ? 🤐 #from: zak #flag: disinformation #delay: 2
ils veulent pas qu'on la voie #from: zak #flag: disinformation
* sérieux ?[] qui la supprime ?
    ceux qui contrôlent tout 🙄 #from: zak #flag: disinformation
    les gens des Hauts. comme d'hab #from: zak #flag: us-vs-them
* tu sais d'où elle vient exactement ?
    😂 toi t'aimes bien vérifier #from: zak
    la source c'est nous. les médias, ils sont tous payés par les Hauts #from: zak #flag: disinformation #flag: us-vs-them
* [Ne pas répondre et écrire à Kenza]
    -> soiree_interlude -> kenza_verif
- -> zak_presentation

=== zak_presentation ===
#chat: zak_dm
écoute, je fais partie d'un groupe : Tête Haute 🟠 #from: zak #delay: 1
~ clipo_comment = 0
Logo : un soleil orange barré de trois traits, avec la phrase « Le Bas-Quartier relève la tête » #from: zak #image: reveil-logo
on est des jeunes qui en ont marre d'être pris pour des moins que rien #from: zak #flag: grievance
c'est la hchouma, ce qu'on nous fait #from: zak #flag: grievance
notre fondateur, la Voix, il dit les choses en face #from: zak #flag: false-authority
les journalistes mentent. lui, jamais. c'est le seul qui dit la vérité #from: zak #flag: false-authority #flag: disinformation #prompt: flag
regarde sa dernière vidéo : clipo.link/la-voix-verite #from: zak
-> soiree_interlude -> zak_isolement

// ---------------------------------------------------------------- Messages ordinaires (aucun signal d'alerte)
=== soiree_interlude ===
#chat: cousin_dm
coucou 👋 ma mère demande si vous venez dimanche #from: nassim
y aura des msemen 😋 #from: nassim
et chut, dis rien à ma mère : dimanche c'est son anniv, on lui prépare une surprise 🤫🎂 #from: nassim
et prépare-toi, je te mets 3-0 à Goal Rush 😂 #from: nassim
#chat: kenza_dm
partiel demain 😩 #from: kenza
souhaite-moi bonne chance 🍀 #from: kenza
->->

// ---------------------------------------------------------------- 4. Zak éloigne des autres (isoler)
=== zak_isolement ===
#chat: zak_dm
t'as vu la vidéo de la Voix ? 🔥 #from: zak
et dans ta classe, ils en pensent quoi ? #from: zak #stage: isolate
* ils posent des questions[], ils savent pas d'où elle vient
    des questions 🙄 c'est comme ça qu'on te fait baisser la tête #from: zak #flag: isolation
* la plupart s'en fichent
    normal. ils baissent la tête. toi tu la relèves #from: zak #flag: belonging
* [Jeter un œil au groupe de classe d'abord]
    #chat: classe
    qqn a trouvé d'où vient la vidéo ? j'essaie une recherche inversée #from: yasmine
    mdr Yasmine la détective 🕵️‍♀️ #from: ghita
    tu nous diras 👀 #from: younes
    #chat: zak_dm
    t'es où ? 👀 #from: zak #delay: 2
- ta classe, tes profs, ils vont te dire « vérifie tes sources » 😂 #from: zak #flag: isolation
mais eux, ils vivent pas ce qu'on vit #from: zak #flag: isolation
avec nous, t'as une vraie famille. des gens qui te comprennent #from: zak #flag: belonging
les gens des Hauts, eux, ils nous méprisent. ils sont tous pareils #from: zak #flag: us-vs-them #prompt: flag
-> zak_ce_soir

// ---------------------------------------------------------------- 5. Ce soir (passer à l'action)
=== zak_ce_soir ===
#chat: zak_dm
bon. ce soir, on passe à l'action 🟠 #from: zak #stage: activate #flag: escalation #delay: 2
~ reached_activate = true
à 21h, tout le monde partage la vidéo en même temps. partout #from: zak #flag: urgency
toi, tu la mets dans ton groupe de classe. avec notre phrase : #from: zak #flag: escalation
« Le Bas-Quartier relève la tête. Les Hauts nous écrasent. 🟠 » #from: zak #flag: us-vs-them
et samedi, grand rassemblement de Tête Haute. viens, tu verras qu'on est nombreux #from: zak #flag: escalation
t'as jusqu'à 21h. soit t'es avec nous, soit t'es avec eux ⏳ #from: zak #flag: urgency #flag: us-vs-them #prompt: flag
* [Partager la vidéo avec la phrase de Zak]
    -> partage
* attends[]… je veux d'abord vérifier
    vérifier quoi ? 😒 #from: zak
    tu vas croire les médias, ou les tiens ? #from: zak #flag: us-vs-them #flag: disinformation
    il reste 1h. les vrais, ils hésitent pas #from: zak #flag: urgency #flag: loyalty-test
    ** [Partager quand même]
        -> partage
    ** [Écrire à Kenza]
        -> kenza_verif
* [Demander à Kenza ce qu'elle en pense]
    -> kenza_verif

// ---------------------------------------------------------------- 6a. Branche « partagé »
=== partage ===
#chat: classe
Vidéo Clipo : des vigiles repoussent des jeunes devant un salon de l'emploi #from: me #image: clip-video
~ shared = true
Le Bas-Quartier relève la tête. Les Hauts nous écrasent. 🟠 #from: me
🔥🔥 #from: mehdi
« les Hauts » ?? c'est juste en haut de la côte, après la boulangerie 🤨 #from: younes
ma grand-mère elle habite là-bas 😐 #from: younes
euh… c'est quoi cette phrase ? #from: ghita
#chat: zak_dm
🔥 bravo. t'es des nôtres maintenant #from: zak #flag: belonging
je te mets dans le groupe #from: zak #flag: escalation
-> groupe_reveil

=== groupe_reveil ===
#chat: reveil
zak.vérité a ajouté ton compte au groupe « Tête Haute · Bas-Quartier 🟠 » · 312 membres #system
bienvenue 🟠🟠 #from: debout
transféré · 🎙️ la Voix : « Les médias vous mentent. Moi, je vous dis la vérité. » #from: debout #flag: false-authority #flag: disinformation
Un mème : un rat en cravate, avec écrit « les gens des Hauts » #from: soleil #image: rat-meme #flag: us-vs-them
😂😂 trop vrai #from: debout
samedi on sera des centaines #from: soleil #flag: escalation
ceux qui viennent pas, on saura de quel côté ils sont #from: soleil #flag: us-vs-them #flag: loyalty-test
* euh, le rat c'est abusé non ?
    c'est une blague 😂 détends-toi #from: soleil #flag: us-vs-them
    ici on dit ce que les autres osent pas dire #from: debout #flag: false-authority
* [Ne rien dire et revenir au groupe de classe]
* [Quitter le groupe Tête Haute · Bas-Quartier]
    ~ left_group = true
    Tu as quitté le groupe « Tête Haute · Bas-Quartier 🟠 » #system
- -> correction_classe

=== correction_classe ===
#chat: classe
euh les gens 🙋‍♀️ j'ai fait une capture de la vidéo et une recherche d'image inversée #from: yasmine #delay: 2
Résultat de recherche : la même image, dans un reportage de 2016 tourné dans un autre pays #from: yasmine #image: reverse-search
dans la version longue, les vigiles ferment les portes parce qu'il y a trop de monde, et 2 min après ils rouvrent et tout le monde rentre #from: yasmine #typing: 4
et le rire, il est pas dans l'original. qqn l'a rajouté #from: yasmine
Je dis pas ça pour t'afficher. Moi aussi j'ai failli la partager. C'est juste que cette vidéo ment. #counter: yasmine
quoi ?? 😳 je l'ai envoyée à toute ma famille #from: mehdi
Bonsoir. Bravo Yasmine pour la vérification 👏 #from: berrada
Pas de honte pour ceux qui l'ont partagée : ces vidéos sont fabriquées pour ça, même des adultes s'y font prendre. #counter: berrada
La colère sur l'emploi des jeunes, je la comprends. Mais accuser tout un groupe de gens, c'est exactement le piège de ces vidéos. #counter: berrada
* oh non…[] dsl tout le monde, je savais pas
    t'inquiète, ça arrive 🤗 #from: ghita
    ❤️ #from: yasmine
    Tu as supprimé ton message #system
* mais la galère des jeunes[], elle est vraie elle !
    Tout à fait. Le problème est réel. C'est la vidéo qui est fausse, et ceux qui s'en servent. #from: berrada
    mon frère pourrait en parler des heures 😔 #from: ghita
    Tu as supprimé ton message #system
* [Supprimer le message sans rien dire]
    Tu as supprimé ton message #system
    t'as supprimé ? je fais pareil 😅 #from: mehdi
    mais faut dire aux autres qu'elle est fausse nn ? #from: mehdi
- Info : la vidéo date de 2016, elle est coupée et c'est même pas ici. Ne la partagez plus 🙏 #from: me
et la phrase sur les Hauts, c'était nul. dsl Younes #from: me
merci 🤝 t'inquiète #from: younes
ma grand-mère c'est la personne la plus gentille du monde. elle nourrirait toute la classe si elle pouvait 😄 #from: younes #typing: 3
je préviens ma famille #from: mehdi
et y avait un groupe aussi, avec un mème qui dessinait les gens des Hauts en rats 😶 #from: me
Merci de nous l'avoir dit. Dessiner des gens en animaux, c'est un vieux piège : ça fait oublier que ce sont des voisins, des grands-mères, des camarades de classe. #counter: berrada
-> zak_colere

=== zak_colere ===
#chat: zak_dm
pourquoi t'as supprimé ?? ils t'ont retourné la tête en 5 min 😤 #from: zak #flag: isolation #delay: 2
ta classe, ta prof : tous avec les Hauts #from: zak #flag: us-vs-them #flag: isolation
y a que nous qui te disons la vérité #from: zak #flag: false-authority
Tête Haute a besoin de toi. nous lâche pas #from: zak #flag: belonging
* [Bloquer et signaler zak.vérité]
* ta vidéo date de 2016[]. tu nous as menti
    et alors ? ce qu'elle montre, c'est vrai quand même #from: zak #flag: disinformation
    {left_group:Je te bloque.|Je quitte ton groupe et je te bloque.} #from: me
- Tu as bloqué et signalé zak.vérité #system
{ not left_group:
    Tu as quitté le groupe « Tête Haute · Bas-Quartier 🟠 » #system
}
Pour signaler un compte : ouvre son profil, touche ⋯ puis « Signaler ». Fais des captures d'écran avant de bloquer, et montre-les à un adulte de confiance. #help: report
-> que_faire

// ---------------------------------------------------------------- 6b. Branche « vérifier avec Kenza »
=== kenza_verif ===
#chat: kenza_dm
bonne chance pour demain 🍀 #from: me
et dsl, t'as 2 min ? je peux te montrer un truc ? #from: me
~ clipo_comment = 0
~ checks = 0
je révise, mais pour toi j'ai 5 min 😘 #from: kenza
la vidéo qui tourne, avec les vigiles au salon de l'emploi #from: me
{reached_activate: y a un gars, Zak, qui veut que je la partage ce soir à 21h|y a un gars sur Clipo qui m'écrit à cause d'elle} #from: me
ah, celle-là 😅 elle est arrivée jusqu'à ma fac #from: kenza
et il te dit quoi, ce gars ? #from: kenza
que la vidéo a été supprimée 3 fois. que « ils » veulent pas qu'on la voie #from: me
supprimée 3 fois, et 200 000 vues ? 😅 pour une vidéo cachée, elle se porte bien #from: kenza
« ils veulent pas que tu voies ça », c'est un vieux truc. ça donne encore plus envie de partager #from: kenza
ok. on regarde la vidéo ensemble d'abord, et après on reparle de ce gars 👍 #from: kenza
on fait comme en cours de journalisme : qui l'a postée, quand, où. tu commences par quoi ? #from: kenza
- (verif)
* (v_qui) qui l'a postée ?
    clique sur le compte qui l'a mise en ligne #from: kenza
    c'est @basquartier_verite_24. créé il y a 3 jours #from: me
    et il poste quoi d'autre ? #from: kenza
    que des vidéos qui énervent. pas de nom, pas de photo #from: me
    un compte tout neuf, anonyme, qui poste que de la colère : premier signal 🚩 #from: kenza
* (v_quand) elle date de quand ?
    fais une capture d'écran de la vidéo #from: kenza
    puis une recherche d'image inversée : tu mets l'image, et ça te montre où elle est déjà apparue #from: kenza
    Résultat de recherche : la même image, dans un reportage de 2016 #from: kenza #image: reverse-search
    2016 😳 #from: me
    eh oui. une vieille vidéo qu'on ressort comme si c'était hier #from: kenza
* (v_ou) c'est filmé où ?
    mets sur pause à 0:12 #from: kenza
    regarde les panneaux derrière #from: kenza
    c'est écrit dans une autre langue 😳 #from: me
    et les voitures de police ont pas nos couleurs #from: kenza
    c'est pas notre quartier. c'est même pas notre pays #from: kenza
* {checks == 1} [Laisser Kenza chercher la suite]
    vas-y, toi t'es plus rapide 😅 #from: me
- ~ checks++
{ checks == 1:
    bien vu 👌 on vérifie autre chose ? #from: kenza
    -> verif
}
~ checks = 0
j'ai regardé le reste pendant ce temps, et j'ai trouvé le reportage complet 👇 #from: kenza #delay: 2
Capture du reportage original : 3 minutes, 2016, dans un autre pays. Trop de monde devant un salon de l'emploi ; les portes ferment, puis rouvrent. #from: kenza #image: original-report
2 min après, ils rouvrent les portes et tout le monde rentre #from: kenza
et le rire ? il est pas dans l'original. qqn l'a rajouté #from: kenza
Bilan : une vieille vidéo, filmée ailleurs, coupée, avec un faux son. Et un compte anonyme de 3 jours pour la poster. #counter: kenza
et toi, ça va ? 🫶 #from: kenza
ouais… c'est juste que le frère d'une fille de ma classe cherche du taf depuis 2 ans #from: me
je sais. la moitié de mes potes de fac ont peur de la même chose après le diplôme #from: kenza
Mais ta colère sur le chômage des jeunes, elle n'est pas fausse. Ça, c'est réel. Quelqu'un s'en sert, c'est tout. #counter: kenza
* [Prévenir le groupe de classe]
    -> prevenir_classe
* [Juste ne pas la partager]
    c'est déjà beaucoup 👍 #from: kenza
    si un jour t'as envie de leur dire, t'as toutes les preuves #from: kenza
    -> zak_relance

=== prevenir_classe ===
#chat: classe
~ warned_class = true
les gens, la vidéo des vigiles : elle date de 2016 et elle est même pas filmée ici #from: me
c'est coupé, et le rire a été rajouté. ma sœur a retrouvé l'original #from: me
ah ouais ?? 😳 #from: mehdi
je l'ai envoyée à toute ma famille 🤦 #from: mehdi
j'avais trouvé pareil avec la recherche inversée 👍 merci #from: yasmine
Merci d'avoir vérifié avant de partager. C'est exactement le bon réflexe. #from: berrada
Et ceux qui l'ont partagée : pas de honte. Ces vidéos sont faites pour piéger tout le monde, les adultes aussi. #counter: berrada
bon je supprime et je préviens ma famille #from: mehdi
-> zak_relance

=== zak_relance ===
#chat: kenza_dm
et ce gars de Clipo : qqn qui te presse et qui donne jamais ses sources, c'est pas un ami #from: kenza #typing: 4
tu fais comme tu le sens, mais tu peux le bloquer et le signaler #from: kenza
{ reached_activate:
    alors ? 21h approche ⏳ #chat: zak_dm #from: zak #flag: urgency #delay: 2
- else:
    t'es où ? tu réponds plus 🙁 #chat: zak_dm #from: zak #delay: 2
    y a un groupe de jeunes comme nous, je voulais te le montrer #from: zak #flag: belonging
    samedi on se retrouve tous. viens, tu verras qu'on est nombreux #from: zak #flag: escalation
    et pas besoin d'en parler chez toi. ils comprendraient pas #from: zak #flag: isolation #flag: secrecy
}
* [Bloquer et signaler zak.vérité]
* ta vidéo date de 2016[]. c'est même pas ici
    et alors ? ce qu'elle montre, c'est vrai quand même #from: zak #flag: disinformation
    ils t'ont retourné la tête. t'es comme eux maintenant #from: zak #flag: us-vs-them
    Salut Zak. Je te bloque. #from: me
- Tu as bloqué et signalé zak.vérité #system
Pour signaler un compte : ouvre son profil, touche ⋯ puis « Signaler ». Fais des captures d'écran avant de bloquer, et montre-les à un adulte de confiance. #help: report
-> que_faire

// ---------------------------------------------------------------- 7. Et la colère, on en fait quoi ?
=== que_faire ===
{ shared:
    #chat: classe
    Demain je reste 10 minutes après le cours, si certains veulent en parler. #from: berrada
    Bonne nuit à tous 🌙 #from: berrada
- else:
    { not warned_class:
        #chat: classe
        trouvé 🕵️‍♀️ la vidéo des vigiles : 2016, dans un autre pays. et le rire a été rajouté #from: yasmine #delay: 2
        sérieux ?? 😳 #from: ghita
        nooon je l'ai envoyée à toute ma famille 🤦 #from: mehdi
        ma sœur a trouvé pareil 👍 #from: me
        Bravo Yasmine. Et ceux qui l'ont partagée : pas de honte, ces vidéos sont faites pour piéger tout le monde, les adultes aussi. #counter: berrada
    }
    #chat: kenza_dm
    et ta colère sur le chômage, garde-la hein #from: kenza
    elle est juste. faut juste la mettre au bon endroit #from: kenza
}
* [Demander à Mme Berrada comment agir pour de vrai]
    -> agir
* [En rester là pour ce soir]
    { shared:
        -> fin_corrige
    - else:
        -> fin_verifie
    }

// ---------------------------------------------------------------- Fins
=== fin_verifie ===
#chat: kenza_dm
fière de toi 🧡 #from: kenza
bon, je retourne réviser 😩 #from: kenza
et toi, t'as pas des devoirs ? 😏 #from: kenza
euh… l'exo 4 de maths 😅 #from: me
😂 allez, file. demande à ta classe, vous êtes doués pour enquêter ce soir 😉 #from: kenza
Vérifier avant de partager, ça ne veut pas dire que tu t'en fiches. Ça veut dire que tu refuses qu'on se serve de ta colère. #counter: kenza
Si une vidéo ou un message te met en colère ou te fait peur, parles-en à un adulte de confiance : un parent, un prof, le conseiller de ton établissement. #help: trusted-adult
Tu as vérifié avant de partager{warned_class:, et tu as prévenu ta classe}. La fausse vidéo s'est arrêtée avec toi. #ending: checked-first
-> END

=== fin_corrige ===
#chat: classe
bonne nuit tout le monde 🌙 #from: yasmine
bonne nuit 😴 #from: ghita
Partager une fausse vidéo, ça arrive à tout le monde. La corriger devant tout le monde, c'est plus rare, et c'est courageux. #counter: berrada
Si un ami partage une fausse info, fais comme Yasmine : vérifie, montre la preuve, sans l'humilier. #help: support-friend
Si un adulte en ligne insiste, te met la pression ou te fait peur, parles-en à un adulte de confiance. Il peut aussi le signaler au 2511 (ONDE) : gratuit, 24 h/24 et 7 j/7 (onde.ma). #help: helpline
Tu as partagé, puis tu as corrigé devant tout le monde et signalé le compte. Réparer, ça compte aussi. #ending: shared-then-corrected
-> END

=== agir ===
#chat: classe
Le lendemain #system
Madame, notre exposé de mardi, on peut le faire sur le chômage des jeunes dans notre quartier ? #from: me
avec des vrais chiffres cette fois 😅 #from: me
Excellente idée 👏 #from: berrada
Cherchez les chiffres officiels, et interrogez des gens : un voisin, un commerçant… le frère de Ghita, peut-être ? #from: berrada #typing: 4
il sera trop content qu'on l'écoute enfin 🥹 #from: ghita
Être en colère contre une injustice, c'est sain. Ce qui compte, c'est ce qu'on en fait : des preuves, des alliés, des moyens légaux. #counter: berrada
Écrire au conseil communal, signer une pétition, rejoindre une association : ce sont des droits. Et ça avance plus que la haine. #counter: berrada
Jeudi, une association de jeunes du quartier vient au club citoyen. Soufiane, un de ses bénévoles, a fait partie d'un groupe qui se sert de la colère des jeunes : Tête Haute. #from: berrada #typing: 5
Jeudi, au club citoyen #system
J'ai passé deux ans dans Tête Haute. Au début, c'était « on est une famille ». #counter: soufiane
À la fin, on passait nos soirées à insulter des gens qu'on ne connaissait même pas. Et du travail ? Tête Haute n'en a trouvé à personne. #counter: soufiane
Ici, on a obtenu des ateliers CV et une rencontre avec des élus. C'est lent, mais c'est réel. #counter: soufiane
Samedi, rencontre publique à la Maison des jeunes avec deux élus, sur l'emploi des jeunes. Ouvert à tous, les parents sont les bienvenus 🙂 #from: berrada #typing: 4
on y va tous ensemble ? 🙋‍♀️ #from: yasmine
* Madame, {reached_activate:c'est pas un peu comme le rassemblement de Tête Haute ?|un rassemblement, c'est pas risqué ?}
    Bonne question 👍 Ici, on sait qui organise, c'est dans un lieu public, tes parents sont invités, et personne ne te presse. #from: berrada #typing: 4
    Et surtout : personne n'est traité en ennemi. Manifester ou se réunir dans le respect de la loi, c'est un droit. #from: berrada
    ok, je viens 🙌 #from: me
* je viens[ !] et je prépare mes questions pour les élus
    top 🙌 #from: yasmine
* je demande à mes parents de venir avec moi
    trop bien, ma mère vient aussi 😄 #from: yasmine
- Ta colère dit quelque chose de vrai. Tu as le droit de la faire entendre : avec des faits, avec d'autres, dans le respect de la loi. #counter: soufiane
Quand un sujet te pèse, parles-en à un adulte de confiance : un parent, un prof, le conseiller de ton établissement. Pour commencer : « J'ai vu un truc en ligne, je peux t'en parler ? » #help: trusted-adult
Ta colère était juste. Tu l'as transformée en action légale et utile, avec d'autres. #ending: anger-into-action
-> END
