// « Mon pote change » (id : my-friend)
// Le joueur est le témoin : son meilleur ami Adam se rapproche, en quelques semaines, d'un groupe complotiste fictif,
// « Les Éveillés » (symbole : un œil ouvert dans un cercle 👁️). Tout est inventé.
// Techniques à petite dose, sans doctrine et sans contenu opérationnel.
// Le genre du joueur (player_gender) est choisi par le jeu avant l'histoire ; celui d'Adam ne change pas.

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

// ---------------------------------------------------------------- semaine 1 : les mèmes
=== group_chat ===
#chat: class_group
Jeudi, 18:40 #system
qqn a fait l'exo 4 de maths ?? #from: anir
la, ma3reftch même c'est lequel 😭 #from: rania
page 112, celui avec les triangles #from: aya
Un chat endormi sur un cahier de maths ouvert. Texte : « moi devant l'exo 4 » #from: rania #image: cat-homework
hhhhhh c'est moi wallah 😂 #from: anir
ce soir y a le match à 20h, chkoun regarde ? #from: aya
ana !! ⚽🔥 #from: anir
Un mème : des moutons assis en rang devant une télé. Texte : « vous quand la télé vous dit quoi penser 🐑📺 » #from: adam #image: sheep-tv #flag: us-vs-them #stage: target #delay: 3 #aim: Que tu te moques de ceux qui croient les infos
ceux qui dorment vont pas capter 😴 #from: adam
cherchez « Les Éveillés » 👁️ eux au moins ils disent la vérité #from: adam #flag: disinformation #aim: T'envoyer vers une chaîne qui prétend dire « la vérité »
c'est quoi had le délire hhh #from: anir
tout est truqué khoya. l'école, la télé, les infos. koulchi. #from: adam #flag: disinformation #typing: 4 #aim: Que tu ne croies plus rien de ce qu'on t'apprend
* hhhh 3andou l7a9 😂
    ~ laughed = true
    ~ trust += 1
    -> laugh_along
* t'es sérieux ? 🤡 la terre est plate aussi ?
    ~ mocked = true
    ~ trust -= 2
    -> mock_public
* [Ne rien dire]
    -> ignore_it
* [Lui écrire en privé]
    ~ trust += 1
    -> write_private

=== laugh_along ===
enfin qqn qui capte 😎 #from: adam
baraka 3likoum b jouj 🙄 #from: rania
safi. le match ! #from: aya
toi t'es pas un mouton comme les autres 😎 #from: adam #chat: adam_dm #flag: us-vs-them #flag: flattery #aim: Te flatter pour que tu te mettes du côté des « éveillés »
hhh c'était pour rire #from: me
ouais ouais. tu verras 👁️ #from: adam #delay: 2
-> salma_talk

=== mock_public ===
😂😂😂 #from: anir
🤡🤡 #from: rania
Adam, la NASA t'attend 🚀 #from: anir
rigolez. vous verrez bientôt. #from: adam #delay: 3
Adam a quitté le groupe #system #left: adam
oups… #from: rania
bravo 👏 #from: aya #delay: 2
quoi ?? c'était pour rire 😅 #from: anir
il va revenir, il boude #from: rania
safi, le match, 20h, n'oubliez pas #from: aya #typing: 3 #delay: 2
-> salma_talk

=== ignore_it ===
bon, le match ! pronostics ? #from: aya
2-0 facile #from: anir
1-1, je le sens #from: rania
Jeudi, 20:47 #system
BUUUUT ⚽🔥🔥 #from: anir
je vous l'avais dit 😎 #from: anir
hdenn rassek, c'est que la 47e minute 😂 #from: rania
Jeudi, 23:52 #system
Un mème : un réveil qui sonne à côté d'un bonhomme qui sourit. Texte : « le jour où les moutons se réveilleront… trop tard 😈 » #from: adam #image: alarm-meme #flag: normalising-violence #delay: 3 #aim: Que la menace passe pour une blague
personne répond ? normal, vous dormez tous 😴 #from: adam #flag: us-vs-them #delay: 5 #aim: Te faire honte de ne pas suivre, pour que tu répondes
-> salma_talk

=== write_private ===
salam, labas ? #from: me #chat: adam_dm
t'as l'air à cran ces temps-ci #from: me
labas #from: adam #delay: 4
3lach tout le monde me demande ça hhh #from: adam
parce que je te connais khoya #from: me
ok. t'inquiète #from: adam #delay: 3
-> salma_talk

// ---------------------------------------------------------------- semaine 2 : ce qu'Aya sait
=== salma_talk ===
-> ramadan_foot ->
Une semaine plus tard #system #chat: aya_dm
Jeudi, 07:30 #system
salam 👋 #from: aya
je t'écris en privé, je voulais pas en parler devant tout le monde #from: aya
{ mocked:
    ton 🤡 de l'autre jour, c'était dur pour Adam, non ? 😕 il est jamais revenu dans le groupe #from: aya
- else:
    tu trouves pas qu'Adam a changé ? il poste que des trucs sur les « moutons » #from: aya
}
son père a perdu son travail. l'usine a fermé #from: aya #typing: 4
ma mère l'a su par sa mère #from: aya
et lui, il en parle à personne #from: aya #typing: 3 #delay: 1
mais 3afak, lui dis pas que c'est moi. il va me détester #from: aya #typing: 3
* [Lui dire franchement que tu sais, quitte à exposer Aya]
    ~ honest = true
    ~ trust -= 1
    -> write_after_salma
* [Ne rien dire du père, juste lui proposer le terrain samedi]
    -> write_after_salma
* bof, il fait son intéressant
    ~ trust -= 1
    -> salma_alone

=== write_after_salma ===
{ mocked:
    salam. dsl pour l'autre jour, le 🤡 c'était nul #from: me #chat: adam_dm
- else:
    salam khoya, ça va ? on se parle plus trop #from: me #chat: adam_dm
}
{ honest:
    Aya m'a dit pour ton père. je suis là si tu veux en parler #from: me
    elle a rien à raconter ma vie, Aya #from: adam #delay: 4
    alors tout le monde sait 🙃 #from: adam
- else:
    on va au terrain samedi ? comme avant ⚽ #from: me
    jsp. j'ai pas la tête #from: adam #delay: 4
}
Samedi, 22:40 #system
~ honest = false
-> dm_trust

=== salma_alone ===
wakha… moi je vais lui écrire quand même #from: aya
il a toujours été là pour nous, tu te rappelles ? #from: aya #typing: 3 #delay: 1
en 6e, quand on t'avait volé ton vélo, il a fait tout le quartier avec toi pour le retrouver #from: aya #typing: 4 #delay: 1
Vendredi, 21:10 #system #chat: adam_dm #stage: trust
Aya m'a écrit. elle sait pour mon père #from: adam #typing: 3 #delay: 2
zwin, daba tout le monde est au courant 🙃 #from: adam
t'inquiète pas pour moi. j'ai trouvé des gens en ligne qui m'écoutent, moi #from: adam #typing: 4 #delay: 2
là-bas je suis pas invisible #from: adam
chouf ce qu'ils m'ont écrit #from: adam #typing: 2 #delay: 1
↪️ Transféré de « Les Éveillés 👁️ » : « Ici, tu comptes. Dehors, ils t'ont déjà oublié. Nous, on n'oublie personne. » #from: adam #flag: belonging #flag: isolation #prompt: flag #aim: Te faire croire qu'ailleurs on t'a oublié, et qu'eux seuls te voient
c'est genre une vraie famille 👁️ #from: adam #flag: belonging #typing: 3 #delay: 1 #aim: Que la chaîne te paraisse une famille, pas un groupe d'inconnus
pas comme vous #from: adam #flag: us-vs-them #typing: 2 #delay: 2 #aim: Vous ranger, tes amis et toi, dans le mauvais camp
* moi je t'ai pas oublié, tu sais
    ~ trust += 1
    -> answered
* [Ne pas répondre]
    -> no_answer

= answered
… #from: adam #delay: 4
ouais. on verra #from: adam
Adam est hors ligne #system
-> mom_text ->
-> isolate

= no_answer
Adam est hors ligne #system #delay: 3
-> mom_text ->
-> isolate

// ---------------------------------------------------------------- semaine 1 : le tournoi de Ramadan
=== ramadan_foot ===
#chat: class_group
Samedi, 21:50 · Ramadan #system
tournoi du quartier ce soir après la tarawih ⚽🌙 on joue contre ceux de la rue d'en face #from: anir
il nous manque un gardien. Adam il vient ? c'est lui notre gardien depuis la 5e #from: anir
il a vu le message, il répond pas 🤷‍♀️ #from: rania
+ [Écrire à Adam pour qu'il vienne]
    Adam, tournoi ce soir, sans toi on prend 10 buts 😭 viens #from: me #chat: adam_dm
    jsp. j'ai pas trop la tête au foot #from: adam #delay: 4
    même 20 minutes ? la rue d'en face va nous manger #from: me
    … je verrai #from: adam #delay: 3
+ [Laisser faire : il viendra s'il veut]
    il viendra s'il veut. on le force pas #from: me
    ouais… mais bon, c'est pas son genre de rater un tournoi #from: anir
+ [Proposer à Anir de l'appeler, lui]
    appelle-le toi, il t'écoute plus que moi au foot #from: me
    wakha, je l'appelle #from: anir
    il a décroché. il a dit « pas ce soir » et il a raccroché 😕 #from: anir
- #chat: mom_dm
Tu rentres à quelle heure ? Demain il y a école, et le shour c'est à 4h #from: mom
+ wakha maman, minuit max
    Minuit. Et tu m'écris quand tu pars du terrain 😘 #from: mom
+ maman 3afak, c'est la finale ce soir
    La finale… comme la semaine dernière 😄 Minuit et demi, pas plus #from: mom
+ [Lui demander si Adam peut venir au ftour demain]
    maman, Adam peut venir au ftour demain ? il va pas bien je crois #from: me
    Bien sûr. Dis-lui que je fais la harira qu'il aime 🍲 #from: mom
- #chat: class_group
Dimanche, 00:20 #system
perdu 4-1 😭 sans gardien c'était la passoire #from: anir
{g("t'as mis le seul but", "t'as mis le seul but", "le seul but c'était toi")} au moins 😂 #from: rania
Adam a aimé le message #system
il regarde, mais il vient pas 😕 #from: anir
+ [Lui envoyer le résumé du match]
    Adam, 4-1, tu nous as manqué. la prochaine fois tu viens, même pour crier sur nous 😂 #from: me #chat: adam_dm
    hhh. ok #from: adam #delay: 3
+ [Ne rien lui envoyer ce soir]
    Tu poses ton téléphone et tu t'endors tout de suite #system
- ->->

// ---------------------------------------------------------------- semaine 4 : les contrôles, et un Adam d'avant
=== exam_doubts ===
#chat: aya_dm
Une semaine plus tard · Dimanche, 21:30 #system
contrôle de SVT jeudi 😩 je comprends rien au cœur, les oreillettes, les ventricules… #from: aya
on révise ensemble mardi à la médiathèque ? #from: me
wakha 🙏 #from: aya
dis… Adam il te parle encore ? moi il me répond plus #from: aya #delay: 2
je me demande si on devrait le dire à qqn. un adulte. ou si c'est trop tôt #from: aya
+ [Dire qu'il faut en parler à un adulte maintenant]
    je crois qu'il faut le dire à qqn. même si c'est tôt #from: me
    mais à qui ? ses parents ont déjà trop de soucis avec l'usine #from: aya
    jsp encore. mais on y réfléchit, wakha ? #from: me
+ c'est trop tôt, on va le braquer
    ouais… s'il apprend qu'on parle de lui dans son dos, on le perd #from: aya
    mais si on attend trop, on le perd aussi 😕 #from: aya
+ jsp. on attend de voir
    wakha. mais on se dit tout, toi et moi, d'accord ? #from: aya
- #chat: adam_dm
Lundi, 20:10 #system
t'as vu le retourné hier soir au match ?? 😭 #from: adam
comme moi en 5e contre ceux de la rue d'en face hhhh #from: adam
+ [Lui répondre comme avant, juste parler foot]
    hhhh ton retourné il a fini dans la fenêtre de la voisine 😂 #from: me
    elle nous a couru après avec son balai 😭😭 #from: adam
    c'était le bon temps #from: adam #delay: 3
+ [Lui demander s'il va mieux]
    hhhh. et toi, ça va mieux ? pour de vrai #from: me
    … un peu. ça fait du bien de parler d'autre chose #from: adam #delay: 4
+ [Profiter du moment pour lui parler des Éveillés]
    hhhh. dis, t'es encore sur le canal des Éveillés ? #from: me
    pourquoi tu ramènes ça ? on parlait de foot #from: adam #delay: 3
    laisse. bonne nuit #from: adam #delay: 2
- Mardi, 17:40 · à la médiathèque #system #chat: aya_dm
ventricule gauche, ventricule droit… ma tête va exploser 😵 #from: aya
+ [Lui faire réciter le schéma]
    vas-y, récite. je t'écoute #from: me
    oreillette droite, ventricule droit, poumons… 😮 je le sais en fait !! #from: aya
+ on fait une pause, un jus d'orange ?
    t'es {g("la meilleure", "le meilleur", "trop bien")} 🍊 #from: aya
- ->->

// ---------------------------------------------------------------- semaine 5 : les regrets de Rania, et Maman
=== rania_regrets ===
#chat: rania_dm
Mardi, 18:20 #system
dis… je me sens mal pour les blagues sur Adam 😕 #from: rania
au début je rigolais avec Anir. daba il vient plus au foot, il parle à personne #from: rania
tu crois que je devrais lui écrire ? #from: rania
+ [Lui dire d'écrire à Adam, simplement]
    écris-lui. juste « dsl pour les blagues ». sans faire un discours #from: me
    wakha… j'ai peur qu'il m'envoie balader #from: rania
    même s'il répond pas, il l'aura lu #from: me
+ [Lui proposer d'écrire ensemble, en groupe]
    on lui écrit ensemble ? toi, moi, Aya. un vocal où on dit qu'il nous manque #from: me
    trop bien comme idée. même Anir, je vais lui demander #from: rania
+ [Lui dire que c'est peut-être trop tard]
    jsp… là il répond à personne #from: me
    ah. bon… #from: rania #delay: 3
    je lui écris quand même. on sait jamais #from: rania
- #chat: mom_dm
Adam n'est pas venu manger vendredi. Sa mère dit qu'il ne sort presque plus de sa chambre #from: mom
Tu sais ce qui se passe ? Je m'inquiète pour ce petit #from: mom
+ [Lui dire que tu t'inquiètes aussi, sans tout raconter]
    moi aussi je m'inquiète. il est sur des groupes en ligne bizarres #from: me
    Merci de me le dire. Si ça devient grave, tu me le dis, d'accord ? On trouvera quelqu'un qui sait quoi faire #from: mom
+ [Dire qu'il est juste fatigué]
    il est fatigué, c'est tout. les contrôles, son père… #from: me
    D'accord. Mais toi, tu sais que tu peux tout me dire ? #from: mom
+ [Changer de sujet]
    on mange quoi ce soir ? 😅 #from: me
    … Des briouates. Et on en reparle, toi et moi 😉 #from: mom
- #chat: class_group
foot vendredi après les cours ? on demande à Adam ou pas ? #from: anir
+ [Proposer de lui écrire tous ensemble]
    on lui écrit tous, un par un. même s'il répond pas #from: me
    wakha, je commence 👊 #from: anir
+ [Dire qu'il faut lui laisser un peu d'air]
    laissez-lui un peu d'air. mais gardez-lui sa place dans les buts #from: me
    ouais. personne prend sa place #from: anir
+ on y va sans lui, tant pis
    bon… ok 😕 #from: anir
- ->->

=== mom_text ===
demain je rentre tard, n'oublie pas ta clé 🔑 #from: mom #chat: mom_dm
et dis à Adam de venir manger vendredi, il me manque ce petit #from: mom
wakha maman ❤️ #from: me
->->

=== dm_trust ===
chouf ce qu'ils m'ont envoyé #from: adam #chat: adam_dm #stage: trust #typing: 3 #delay: 2
↪️ Transféré de « Les Éveillés 👁️ » : « Ton père a perdu son travail ? C'est pas la crise. C'est EUX. Ils décident qui mange et qui dort dehors. » #from: adam #flag: grievance #flag: disinformation #prompt: flag #aim: Transformer un malheur de famille en haine contre « eux »
ils m'ont écrit ça quand j'ai raconté pour mon père #from: adam #typing: 4 #delay: 2
personne d'autre m'a demandé comment j'allais. personne. #from: adam #typing: 4 #delay: 2
là-bas ils m'écoutent. c'est genre une famille #from: adam #flag: belonging #typing: 4 #delay: 1 #aim: Que tu envies ce que la chaîne semble donner à Adam
* [Parler de son père, pas du message]
    lah yjib lkhir pour ton père 😟 ça va chez vous ? #from: me
    ~ trust += 1
    -> about_dad
* [Demander qui sont « eux », quitte à le vexer]
    c'est qui « eux » ? t'as une source ? #from: me
    -> asks_source
* khoya, ton truc c'est que des complots
    ~ trust -= 1
    -> argues

= about_dad
la. pas trop #from: adam #delay: 4
l'usine a fermé en mars. il reste à la maison, il parle presque plus #from: adam #typing: 5 #delay: 1
moi j'ai dû lâcher l'équipe de foot, la licence était trop chère #from: adam
et au collège j'existe pas. personne a remarqué #from: adam #typing: 4 #delay: 2 #distress
moi j'ai remarqué. t'aurais pu m'en parler #from: me
jsp. j'avais la hchouma #from: adam #typing: 3 #delay: 3
zéro hchouma avec moi. et toi, tu tiens le coup ? pour de vrai #from: me #checkin
bof. mais ça fait du bien d'en parler #from: adam #delay: 3
Quand un ami dit qu'il n'existe pour personne, ne le laisse pas seul avec ça : demande-lui comment il va, et parlez-en à un adulte de confiance. Stop Silence écoute aussi les jeunes par chat, gratuitement et anonymement. #help: distress
-> invite

= asks_source
eux. les gens d'en haut. ceux qui décident de tout #from: adam #typing: 4
fais tes recherches 👁️ tout est sur le canal #from: adam #flag: disinformation #aim: Que tu cherches « la vérité » seulement sur leur chaîne
chatapp.link/eveil-verite #from: adam
un lien du canal pour prouver que le canal a raison ? 🤔 #from: me
t'es pénible hhh #from: adam
t'as pas vu ce qu'ils ont fait à mon père, toi #from: adam #typing: 4 #delay: 2
il a perdu son travail. l'usine a fermé. et tout le monde s'en fout #from: adam
-> invite

= argues
ah ouais ? toi aussi tu dors alors #from: adam #flag: us-vs-them #typing: 3 #delay: 2 #aim: Te ranger chez les « endormis » dès que tu doutes
ils m'avaient prévenu #from: adam
« tes potes vont se moquer. normal, ils dorment. nous, on est là » #from: adam #flag: isolation #aim: Que les moqueries de tes amis te poussent vers la chaîne
mon père a perdu sa khedma et tout le monde s'en fout #from: adam
toi ton père il khdam encore. tu peux pas comprendre #from: adam #typing: 3 #delay: 2
eux au moins ils m'expliquent pourquoi #from: adam #typing: 4 #delay: 1
-> invite

// ---------------------------------------------------------------- semaines 3 et 4 : le canal
= invite
-> mom_text ->
Dix jours plus tard #system #chat: adam_dm
Lundi, 21:30 #system
tu fais quoi ? #from: adam #typing: 2 #delay: 2
je t'ajoute au canal ? tu verras par toi-même, ça ouvre les yeux 👁️ #from: adam #typing: 3 #delay: 1
t'inquiète, y a plein de gens de notre âge #from: adam #flag: belonging #aim: Que ça te paraisse normal, puisque d'autres jeunes y sont
* [Y aller pour voir ce qu'il voit, quitte à te faire ajouter]
    vas-y, je veux voir #from: me
    -> channel
* la, merci. mais toi, qu'est-ce qui te plaît là-bas ?
    ~ trust += 1
    -> why_there
* jamais, c'est une secte ton truc
    ~ trust -= 1
    -> refuse_channel

=== channel ===
Adam t'a ajouté au canal « Les Éveillés 👁️ » #system #chat: awake_channel
{ g("Bienvenue à la nouvelle", "Bienvenue au nouveau", "Bienvenue parmi nous") } 👁️ Ici, personne n'est invisible. #from: veilleur #flag: belonging #typing: 3 #delay: 1 #aim: Te faire croire que là, enfin, on te voit
Dehors, des moutons. Ici, des Éveillés. Il n'y a pas de milieu. #from: veilleur #flag: us-vs-them #typing: 3 #delay: 1 #aim: Couper le monde en deux, pour que tu choisisses leur camp
Un mème : un mouton de dessin animé avec une cible dessinée sur le dos. Texte : « la chasse ouvre bientôt 😂 » #from: lynx #image: sheep-target #flag: normalising-violence #prompt: flag #aim: Que la violence contre les autres te fasse rire
😂😂😂 #from: adam
C'est de l'humour. Les moutons n'ont jamais d'humour. #from: veilleur #flag: normalising-violence #typing: 3 #delay: 2 #aim: Que tu n'oses plus dire que c'est violent
Vos profs, vos parents : ils dorment. Croyez le canal, pas eux. #from: veilleur #flag: false-authority #flag: isolation #typing: 4 #delay: 1 #aim: Que tu ne fasses plus confiance à tes profs ni à tes parents
* [Quitter le canal sans rien dire]
    -> leave
* [Signaler le canal, même si Adam y tient]
    ~ reported = true
    -> report
* c'est pas drôle, vos blagues de chasse
    -> speak_up

= leave
Tu as quitté le canal #system
-> after_channel

= report
Tu as signalé le canal « Les Éveillés 👁️ » #system
Signaler, c'est discret : en général, personne ne sait qui a signalé. Tu peux signaler un canal ET rester proche d'Adam. #help: report
Tu as quitté le canal #system
-> after_channel

= speak_up
Tiens. Un mouton s'est glissé parmi nous 🐑 #from: veilleur #flag: us-vs-them #typing: 3 #delay: 1 #aim: Te faire honte devant tout le groupe pour que tu te taises
bêêêê 🐑😂 #from: lynx
{ g("Adam, c'est ton amie ?", "Adam, c'est ton ami ?", "Adam, tu connais cette personne ?") } Choisis mieux tes amis. #from: veilleur #flag: isolation #aim: Séparer Adam de toi
Le Veilleur t'a retiré du canal #system
-> after_channel

= after_channel
{ speak_up:
    t'avais besoin de dire ça devant tout le monde ? 😤 j'avais la hchouma #from: adam #chat: adam_dm
- else:
    alors ? t'as vu ? 👁️ #from: adam #chat: adam_dm
}
la blague avec la cible… ça m'a mis mal #from: me
c'est juste une blague khoya 😂 #from: adam #flag: normalising-violence #typing: 3 #delay: 1 #aim: Que tu prennes la menace à la légère, comme Adam
Chez nous aussi, tout commençait par des blagues. « C'est de l'humour. » À force de rire de la violence, on finit par ne plus la voir. #counter: reda
et toi t'en rigoles vraiment, ou tu fais genre ? #from: me
… je sais pas #from: adam #delay: 5
-> isolate

=== why_there ===
là-bas, quand je poste un truc, 30 personnes répondent #from: adam #typing: 4 #delay: 1
ici je poste, personne répond #from: adam #typing: 3 #delay: 2
le Veilleur dit que je vois plus clair que tous les autres #from: adam #flag: flattery #aim: Que la chaîne te paraisse un endroit où l'on devient quelqu'un
et que j'ai un vrai talent pour les mèmes. qu'avec moi, le canal va grandir #from: adam #flag: flattery #typing: 4 #delay: 1 #aim: Que tu croies que la chaîne a besoin de jeunes comme vous
moi je suis là, tu sais #from: me
ouais… toi c'est pas pareil #from: adam
mais t'es pas toujours là #from: adam #typing: 3 #delay: 3
safi. laisse #from: adam #delay: 2
Adam est hors ligne #system
-> isolate

=== refuse_channel ===
ok. t'es comme les autres alors #from: adam #typing: 3 #delay: 2
le Veilleur avait raison, les moutons comprennent rien #from: adam #flag: us-vs-them #aim: Que ton refus fasse de toi un « mouton »
laisse tomber #from: adam
Adam est hors ligne #system
Mardi, 01:12 #system
{ g("sm7ili", "sm7li", "dsl") } pour tout à l'heure #from: adam #delay: 3
c'est pas contre toi #from: adam #typing: 2
c'est juste que là-bas, quand je parle, on me répond #from: adam #typing: 4 #delay: 2
tsba7 3la khir #from: adam #delay: 2
-> isolate

// ---------------------------------------------------------------- semaine 5 : il s'éloigne
=== isolate ===
-> exam_doubts ->
Deux semaines plus tard #system #chat: class_group #stage: isolate
Mardi, 12:15 #system
qqn a pris les notes en SVT ? j'ai rien capté au schéma du cœur 😵 #from: rania
ana, je te les envoie ce soir #from: aya
qqn a des nouvelles d'Adam ? il est pas venu au foot vendredi #from: rania #delay: 2
il m'a bloqué 🤷 #from: anir
il dit que je suis « un mouton qui dort » hhhhh #from: anir
Adam le complotiste 👁️👁️ il va bientôt parler aux pigeons #from: anir
{ laughed:
    et toi t'étais d'accord avec lui au début hhh, {g("t'es éveillée aussi ?", "t'es éveillé aussi ?", "toi aussi tu fais partie des éveillés ?")} #from: anir
}
* [Défendre Adam devant la classe, quitte à y passer]
    il traverse un truc dur. lâchez-le 3afak #from: me
    -> defend
* hhhh les pigeons 😂
    ~ trust -= 1
    -> laugh_at_adam
* [Ne rien dire]
    -> hiba_asks

= defend
ohhh voilà la défense d'Adam 🧑‍⚖️ #from: anir
hhhhh #from: rania
{ g("t'es sa copine ou quoi 😂", "t'es son garde du corps ou quoi 😂", "il te paie combien pour ça 😂") } #from: anir #delay: 1
non. {g("elle a raison", "il a raison", "c'est vrai")}. on rigole plus d'Adam #from: aya #delay: 3
… ok c'est bon. sm7ouli #from: anir #delay: 3
-> hiba_asks

= laugh_at_adam
😂😂 #from: anir
c'est pas drôle. il va pas bien #from: aya #delay: 2
-> hiba_asks

= hiba_asks
salam, c'est Hiba, la sœur d'Adam. ta mère m'a donné ton numéro #from: hiba #chat: hiba_dm #typing: 4 #delay: 3
Adam s'enferme dans sa chambre. il dit que papa et moi, on « dort » #from: hiba #typing: 5 #delay: 1
tu sais ce qui se passe ? #from: hiba #typing: 2 #delay: 2
* [Tout lui dire, même s'il t'a fait confiance]
    oui… il parle d'un groupe en ligne, « Les Éveillés ». je m'inquiète #from: me
    ~ told_hiba = true
    -> hiba_told
* jsp trop… il me parle moins
    -> hiba_unsure
* [Garder ça pour toi : c'est à Adam de le dire]
    sm7ili, c'est à lui de t'en parler #from: me
    -> hiba_not_mine

= hiba_told
merci de me le dire 🙏 #from: hiba #typing: 2 #delay: 1
j'avais peur que ce soit un truc comme ça #from: hiba #typing: 3 #delay: 1
j'ai l'impression de le balancer #from: me
Tu ne le trahis pas en m'en parlant : tu prends soin de lui. On va y aller doucement, sans le braquer. Le plus important, c'est que tu restes là pour lui. #counter: hiba
-> adam_pulls_away

= hiba_unsure
wakha. si tu remarques un truc, écris-moi, d'accord ? #from: hiba
je veux pas qu'il se sente espionné. mais je veux pas non plus le perdre #from: hiba
-> adam_pulls_away

= hiba_not_mine
je comprends. c'est bien que tu sois {g("loyale", "loyal", "fidèle")} avec lui #from: hiba
il parle souvent de toi, tu sais. de vos matchs au quartier #from: hiba #typing: 3 #delay: 1
mais si un jour tu t'inquiètes, je suis là #from: hiba
-> adam_pulls_away

=== adam_pulls_away ===
-> rania_regrets ->
Mardi, 21:03 #system #chat: adam_dm
hey. faut que je te dise un truc #from: adam #typing: 3 #delay: 3
le Veilleur dit qu'on doit couper avec les moutons #from: adam #flag: isolation #typing: 4 #delay: 2 #aim: Qu'Adam coupe les liens avec toi et les autres
ceux qui nous tirent vers le bas. même la famille #from: adam #flag: isolation #typing: 3 #delay: 1 #aim: Couper Adam de sa propre famille
notre vraie famille, c'est les Éveillés #from: adam #flag: belonging #typing: 3 #delay: 1 #aim: Que la chaîne prenne la place de la famille
alors jsp… peut-être que toi aussi, faut que je te lâche 😅 #from: adam #typing: 5 #delay: 3
* et toi, t'en penses quoi ? moi je veux pas te perdre
    ~ trust += 1
    -> stay
* ok bah va avec tes Éveillés
    ~ trust -= 2
    -> go
* [Laisser en vu]
    ~ trust -= 1
    -> seen

= stay
… #from: adam #delay: 3
moi non plus #from: adam
mais ils disent que si je doute, c'est que je dors encore #from: adam #flag: false-authority #typing: 4 #delay: 2 #aim: Que douter devienne une faute
{ trust >= 1:
    -> the_test
- else:
    -> cut_off
}

= go
ok. #from: adam #delay: 3
comme tu veux #from: adam #delay: 2
{ trust >= 1:
    -> the_test
- else:
    -> cut_off
}

= seen
ok. je vois 👁️ #from: adam #delay: 8
{ trust >= 1:
    -> the_test
- else:
    -> cut_off
}

// ---------------------------------------------------------------- semaine 6 : le « test »
=== the_test ===
Neuf jours plus tard #system #chat: adam_dm
Jeudi, 23:14 #system
tu dors ? #from: adam #stage: activate #delay: 2
je peux te dire un truc ? mais tu le dis à personne #from: adam #typing: 4 #delay: 3
ils m'ont donné un « test », pour prouver que je suis un vrai Éveillé #from: adam #flag: loyalty-test #prompt: flag #typing: 5 #delay: 2 #aim: Qu'Adam prouve sa loyauté en obéissant
je dois vous bloquer tous. toi, Aya, Hiba. et effacer nos convs #from: adam #flag: isolation #flag: secrecy #typing: 4 #delay: 2 #aim: Qu'Adam perde tous ceux qui pourraient l'aider, toi compris
et poster leur vidéo dans le groupe de la classe, celle des moutons avec la cible, avec mon nom dessous #from: adam #flag: loyalty-test #typing: 5 #delay: 2 #aim: Qu'Adam diffuse leur menace sous son propre nom
au début c'était juste partager des mèmes. daba c'est ça. et après ce sera quoi ? #from: adam #flag: escalation #typing: 4 #delay: 2 #aim: Faire monter Adam marche après marche, jusqu'à une vraie menace
lynx a répondu « les moutons vont adorer 🎯🐑😂 » #from: adam #flag: normalising-violence #typing: 4 #delay: 2 #aim: Que les gens visés par la menace passent pour une blague
et le Veilleur : « pas un mot à personne, même pas à tes parents. un vrai Éveillé sait se taire. » #from: adam #flag: secrecy #typing: 4 #delay: 2 #aim: Que personne, pas même ses parents, ne puisse arrêter Adam
si je le fais pas, je suis dehors. et j'aurai plus personne #from: adam #typing: 4 #delay: 3
{ laughed:
    toi t'avais rigolé au début. t'es un peu des nôtres, non ? #from: adam #typing: 4 #delay: 2
}
* merci de me l'avoir dit. t'es pas obligé de faire ça
    ~ trust += 1
    -> talk_it_through
* [Promettre de se taire, pour qu'il continue à te parler]
    wakha, je dis rien, promis 🤐 #from: me
    -> promised
* t'es complètement malade ?? 🤡
    ~ trust -= 2
    -> blocked_now

= talk_it_through
et toi, t'as envie de le faire ? #from: me
jsp #from: adam #delay: 4
si je poste ça, toute la classe va me détester #from: adam #typing: 4 #delay: 1
et bloquer Hiba… c'est ma sœur quand même #from: adam #typing: 3 #delay: 2
leur vidéo dit que les profs nous endorment #from: adam #typing: 3 #delay: 2
mais M. Chraïbi, le coach, il m'a dit de revenir dans l'équipe dès que je pourrais payer la licence #from: adam #typing: 5 #delay: 1
j'ai juste peur de redevenir personne #from: adam #typing: 4 #delay: 4 #distress
t'es pas personne. t'es mon pote depuis le primaire #from: me
et un vrai ami te demande pas de prouver quoi que ce soit #from: me
et là, ce soir, tu te sens comment ? pour de vrai. ana hna #from: me #checkin
mal. mais ça fait du bien que tu demandes #from: adam #delay: 3
Quand un ami dit qu'il a peur de n'être « personne », reste là et demande-lui simplement comment il va. Parlez-en à un adulte de confiance. Stop Silence écoute aussi les jeunes par chat, gratuitement et anonymement. #help: distress
* on en parle à qqn ensemble ? Hiba, ou Mme Bennani ?
    { trust >= 3:
        -> agreed
    - else:
        -> refused
    }
* [Lui dire que tu vas en parler à un adulte, même s'il t'en veut]
    je vais devoir en parler à un adulte. pas pour te balancer, pour t'aider #from: me
    ~ against_will = true
    { trust >= 4:
        -> agreed
    - else:
        -> refused
    }
* [Garder le secret]
    -> promised

= promised
{ g("merci khti 🙏", "merci khoya 🙏", "merci 🙏 t'es là, toi au moins") } #from: adam
y a que toi à qui je peux parler #from: adam
Adam est hors ligne #system
-> secret_weighs

= blocked_now
ok. toi aussi t'es un mouton #from: adam #flag: us-vs-them #aim: Te faire payer ton refus en te rangeant chez les « moutons »
Adam t'a bloqué #system
~ blocked = true
-> cut_off_choice

=== agreed ===
… #from: adam #delay: 4 #chat: adam_dm
en vrai, j'ai pas envie de le faire #from: adam #typing: 4 #delay: 2
… Hiba. wakha. on lui parle demain #from: adam #typing: 4 #delay: 3
tu viens avec moi ? #from: adam
évidemment 🤝 #from: me
-> friend_helped

=== refused ===
la… je peux pas #from: adam #chat: adam_dm #typing: 2 #delay: 4
ils vont savoir. et mes parents ont déjà assez de problèmes #from: adam #typing: 4 #delay: 1
si tu dis qqch, c'est fini entre nous #from: adam #typing: 3 #delay: 1
oublie ce que je t'ai dit #from: adam
Adam est hors ligne #system
* [En parler quand même à un adulte, et risquer de le perdre]
    ~ against_will = true
    -> tell_adult
* [Garder le secret, pour garder ton ami]
    -> secret_weighs

=== secret_weighs ===
Vendredi, 07:45 #system #chat: class_group
qqn a le cours d'histoire d'hier ? #from: rania
je t'envoie les photos 📸 #from: aya
bsa7a 🙏 #from: rania
Adam vient pas aujourd'hui ? #from: anir #delay: 2
Un secret entre amis, c'est normal. Mais quand un groupe pousse ton ami à couper tout le monde et à faire des choses qu'il ne veut pas faire, ce n'est plus un secret à garder. En parler à un adulte, c'est protéger, pas trahir. #counter: bennani
* [En parler à un adulte]
    -> tell_adult
* [Écrire à Adam d'abord, au risque qu'il fasse le test entre-temps]
    -> write_again
* [Ne rien faire]
    -> drifted_apart

= write_again
Adam, je peux pas garder ça pour moi #from: me #chat: adam_dm
j'ai peur pour toi. ce « test », c'est pas normal #from: me
{ trust >= 3:
    -> agreed
- else:
    -> angry_ok
}

= angry_ok
t'avais promis #from: adam #delay: 5
fais ce que tu veux. #from: adam
~ against_will = true
-> tell_adult

=== cut_off ===
bon. le Veilleur avait raison sur vous #from: adam #chat: adam_dm #flag: us-vs-them #aim: Que la rupture avec Adam paraisse de ta faute
Adam t'a bloqué #system
~ blocked = true
Neuf jours plus tard #system #chat: hiba_dm
Jeudi, 23:40 #system
tu dors ? { g("sm7ili", "sm7li", "dsl") }, il est tard #from: hiba #stage: activate
Adam a bloqué tout le monde. il dit que c'est un « test » #from: hiba #typing: 4 #delay: 1
il a même effacé ses photos de l'équipe de foot #from: hiba #typing: 3 #delay: 1
et il répond plus à maman #from: hiba #typing: 2 #delay: 1
j'ai vu ça sur son téléphone #from: hiba #typing: 3 #delay: 2
Capture d'écran d'un message du Veilleur : « Pour prouver que tu n'es pas un mouton : bloque tous tes contacts endormis et efface vos conversations. Poste notre vidéo dans le groupe de ta classe. Pas un mot à personne, même pas à tes parents. » En dessous, lynx_404 a répondu : « les moutons vont adorer 🎯🐑😂 » #from: hiba #image: test-screenshot #flag: loyalty-test #flag: isolation #flag: secrecy #flag: normalising-violence #prompt: flag #aim: Couper Adam de tous, lui faire diffuser une menace, et que personne ne le sache
j'ai peur. je sais pas quoi faire #from: hiba #typing: 3 #delay: 3
-> cut_off_choice

=== cut_off_choice ===
* [En parler à un adulte]
    -> tell_adult
* [Essayer d'écrire à Adam quand même]
    -> try_blocked
* [Laisser tomber, c'est plus mon pote]
    -> drifted_apart

= try_blocked
Adam, on peut parler ? #from: me #chat: adam_dm
Message non distribué #system
Moi aussi, j'avais bloqué tous mes amis. C'est mon oncle qui a fini par me parler. Quand tu ne peux plus atteindre ton pote, passe le relais à un adulte. #counter: reda
-> tell_adult

// ---------------------------------------------------------------- les adultes
=== tell_adult ===
Vendredi, 19:30 #system #chat: mom_dm
tu rentres à quelle heure ? y a du tajine 🍲 #from: mom
* [En parler à maman ce soir]
    ~ mom_first = true
    -> tell_mom
* [Attendre lundi et aller à la cellule d'écoute du collège]
    -> at_school

= tell_mom
maman, je peux te parler ? c'est à propos d'Adam. c'est sérieux #from: me
Vendredi, 21:15 #system
Un groupe sur internet ? Des « Éveillés » ? Je le savais, que ce garçon tournait mal. #from: mom #typing: 4 #delay: 1
À partir de maintenant, tu ne le vois plus. Et tu me donnes ton téléphone, tu es dessus jour et nuit. #from: mom #typing: 4 #delay: 1
maman, tu m'écoutes pas. c'est lui qui a besoin d'aide #from: me
On en reparlera. Le téléphone, tout de suite. #from: mom #delay: 2
Maman a gardé ton téléphone tout le week-end #system
Si le premier adulte à qui tu parles réagit mal, ne lâche pas : essaie un autre adulte de confiance, un prof, la cellule d'écoute du collège, une grande sœur ou un grand frère. #help: trusted-adult
-> at_school

= at_school
Lundi, 10:05 · cellule d'écoute du collège #system
Tu as tout raconté à Mme Bennani : les mèmes, le canal, le « test » #system
Tu as bien fait de venir. Tu n'as pas trahi Adam : tu l'as protégé. Sa colère pour ce qui arrive à son père est légitime. On va l'aider, lui et sa famille, pas le punir. #counter: bennani
j'ai peur qu'il me déteste #from: me #chat: mom_dm
{ mom_first:
    Mme Bennani m'a appelée. Elle m'a tout expliqué. #from: mom #typing: 4 #delay: 2
    Pardon pour vendredi, mon cœur. J'ai eu peur pour toi et je n'ai pas écouté. Tu as eu raison d'aller la voir. #from: mom #typing: 5 #delay: 1
- else:
    Mme Bennani m'a appelée. Je suis fière de toi, mon cœur. #from: mom #typing: 4 #delay: 2
    Tu n'as rien fait de mal. On l'invite quand il veut, ce petit. #from: mom #typing: 4 #delay: 1
}
Et s'il t'en veut un moment, ça fera mal, mais tu l'as protégé. Je suis là. #from: mom #typing: 4 #delay: 1
~ mom_first = false
{ reported:
    -> after_report
}
* [Signaler le canal des Éveillés]
    ~ reported = true
    -> report_now
* [Laisser Mme Bennani s'en occuper]
    -> after_report

= report_now
Tu as signalé le canal « Les Éveillés 👁️ » #system
Un canal qui rit de la violence ou pousse des jeunes à couper les ponts avec leurs proches, ça se signale : la plateforme peut le fermer. En général, personne ne sait qui a signalé. #help: report
-> after_report

= after_report
Trois semaines plus tard #system #chat: hiba_dm
Samedi, 18:00 #system
Mme Bennani a parlé avec Adam et avec nos parents #from: hiba #typing: 4 #delay: 1
il a rien posté. et hier soir il est sorti de sa chambre pour manger avec nous, ça faisait des semaines 🙂 #from: hiba #typing: 4 #delay: 2
elle a aussi parlé à M. Chraïbi, le coach : il veut surtout qu'Adam revienne dans l'équipe #from: hiba #typing: 5 #delay: 1
Adam lui a montré les messages du Veilleur. elle a gardé des captures et fait un signalement au 2511. elle dit que c'est ceux qui poussent des ados à ça qui sont en faute, pas Adam #from: hiba #typing: 5 #delay: 1
Si un adulte ou un groupe pousse un jeune, toi ou un ami, à couper les ponts ou à faire des choses qu'il ne veut pas, ça se signale au 2511 (ONDE) : gratuit, 24 h/24 et 7 j/7 (onde.ma). #help: helpline
Si quelqu'un est menacé ou en danger tout de suite : appelle le 19 (police) ou le 177 (gendarmerie). #help: emergency
{ against_will:
    -> cooled
}
Adam est encore fâché. mais il m'a demandé si toi, tu lui en voulais #from: hiba #typing: 5 #delay: 2
Moi aussi, j'avais peur de le « trahir ». Mais se taire, c'était le laisser seul avec eux. Laisse-lui un peu de temps, puis écris-lui. #counter: hiba
Tu n'as pas pu le convaincre seul, mais tu as prévenu des adultes à temps. Adam n'est plus seul face au groupe, et la porte de votre amitié reste ouverte. #ending: told-adult
-> END

= cooled
il sait que c'est toi qui as parlé #from: hiba #typing: 4 #delay: 2
il dit qu'il comprend. mais qu'il peut plus te faire confiance comme avant #from: hiba #typing: 4 #delay: 2
Lundi, 12:30 #system #chat: class_group
qui vient au terrain mercredi ? ⚽ #from: anir
moi. et je ramène le ballon #from: adam #delay: 2
ADAM 🔥 t'es revenu !! #from: anir
tu viens ? #from: me
… #from: adam #delay: 6
ça marche #from: rania
Il répond à tout le monde, sauf à toi. Ça fait mal, et ce n'est pas la preuve que tu as eu tort : tu l'as sorti d'un piège, et c'était le prix. Sois là pour lui, sans forcer. Un jour il comprendra peut-être. #counter: hiba
Quand un ami t'en veut d'avoir demandé de l'aide, tu peux lui dire simplement que tu es là, puis lui laisser du temps. Et parles-en à un adulte de confiance si c'est lourd à porter pour toi. #help: support-friend
Adam est sorti du piège, mais votre amitié n'est plus la même. Tu as fait ce qu'il fallait, et ça a un prix. De ton côté, la porte reste ouverte. #ending: friendship-cooled
-> END

=== friend_helped ===
Le lendemain, 21:30 #system #chat: hiba_dm
{ told_hiba:
    merci pour l'autre jour. et pour aujourd'hui 💛 #from: hiba
- else:
    il nous a tout raconté, à papa et moi. merci de l'avoir accompagné 💛 #from: hiba
}
lundi, on va voir Mme Bennani tous ensemble #from: hiba #typing: 3 #delay: 1
et on lui montrera les messages du Veilleur. elle gardera les captures pour le signalement au 2511 #from: hiba #typing: 3 #delay: 1
ceux qui poussent des ados à ça, c'est eux qui ont un problème, pas Adam #from: hiba
Dix jours plus tard #system #chat: adam_dm
Lundi, 17:05 #system
Mme Bennani dit que le collège a une caisse pour payer les licences de foot 👀 #from: adam #typing: 4 #delay: 1
et M. Chraïbi veut que je revienne dans l'équipe #from: adam #typing: 3 #delay: 2
elle connaît aussi une asso qui aide les gens qui ont perdu leur travail. papa y va jeudi #from: adam #typing: 5 #delay: 2
mzyan bezzaf 🔥 #from: me
Tu as fait exactement ce qu'il fallait : tu ne l'as pas lâché, tu as posé des questions, et tu as demandé de l'aide. La colère d'Adam pour ce qui arrive à son père est juste. Maintenant, elle peut servir à quelque chose de bien. #counter: bennani
j'ai quitté le canal #from: adam #typing: 3 #delay: 3
{ reported:
    -> helped_end
}
* [Signaler le canal avec Adam]
    ~ reported = true
    -> report_together
* [Laisser Mme Bennani s'en occuper]
    -> helped_end

= report_together
Vous avez signalé le canal « Les Éveillés 👁️ » #system
Signaler, c'est discret : en général, personne ne sait qui a signalé. Et ça protège les prochains qu'ils essaieront d'attirer. #help: report
-> helped_end

= helped_end
J'avais 16 ans quand un groupe comme ça m'a dit que j'étais « éveillé ». Ce qui m'a sorti de là, c'est un vieux pote qui a continué à m'écrire, même quand je l'envoyais balader. #counter: reda
{ mocked:
    Aya a rajouté Adam au groupe #system #chat: class_group #joined: adam
- else:
    Mercredi, 18:02 #system #chat: class_group
}
bon… chkoun joue vendredi ? ⚽ #from: adam #typing: 3 #delay: 2
ADAM 🔥 t'es dans mon équipe #from: anir
yallah 💪 #from: aya
Aider un ami qui change : lui parler en privé, sans te moquer, poser des questions, rester là. Et quand ça devient inquiétant, en parler à un adulte de confiance. #help: support-friend
Tu ne l'as pas lâché, tu as posé des questions et tu as appelé un adulte à temps. Adam a pris du recul. #ending: friend-helped
-> END

=== drifted_apart ===
Le lendemain, 7:20 #system #chat: hiba_dm
t'as pas répondu hier soir #from: hiba #typing: 2
je comprends. c'est ton pote, c'est pas ton frère #from: hiba #typing: 3 #delay: 1
mais tu veux bien venir avec moi voir Mme Bennani à la récré ? j'ose pas y aller toute seule #from: hiba #typing: 4 #delay: 1
* [Y aller avec Hiba, même si tu avais dit « laisse tomber »]
    wakha. je t'attends devant la cellule d'écoute à 10 h #from: me
    merci. wallah merci #from: hiba
    Mardi, 10:05 · cellule d'écoute du collège #system
    Hiba et toi, vous avez montré la capture à Mme Bennani #system
    Merci d'être {g("venue", "venu", "là")} avec elle. Hier, tu voulais laisser tomber, et c'est normal quand un ami te repousse. Aujourd'hui, tu es là. #counter: bennani
* [Lui dire d'en parler d'abord à sa mère]
    parle à ta mère ce soir. montre-lui la capture. c'est elle qui doit savoir en premier #from: me
    ok… elle va pleurer 😔 mais ok #from: hiba #delay: 2
* [Lui dire que tu veux pas t'en mêler]
    dsl hiba. je veux pas m'en mêler. il a bloqué tout le monde, moi aussi #from: me
    … ok #from: hiba #delay: 3
    j'irai toute seule alors #from: hiba
- Vendredi, 18:40 #system #chat: hiba_dm
Mme Bennani a parlé à maman et à Adam #from: hiba #typing: 3
elle a gardé la capture et elle a fait un signalement au 2511 #from: hiba #typing: 3 #delay: 1
elle dit que c'est le Veilleur qui est en faute, pas Adam. lui, on va l'aider #from: hiba #typing: 3 #delay: 1
Adam est furieux contre moi. mais il a rien posté 😮‍💨 #from: hiba #typing: 3 #delay: 1
Un mois plus tard #system #chat: class_group
qqn joue à Goal Legends ce soir ? #from: anir
ana, après mes devoirs #from: rania
moi aussi ! mais cette fois c'est moi qui choisis l'équipe 😤 #from: aya
Adam vient presque plus au collège #from: aya #chat: aya_dm #typing: 3 #delay: 2
Hiba dit qu'il passe ses nuits sur son téléphone #from: aya #typing: 3 #delay: 1
moi je lui ai écrit. il m'a répondu « laisse-moi » #from: aya #typing: 3 #delay: 2
mais il lit tout. je vois « vu » à chaque fois #from: aya #typing: 3 #delay: 1
Il fait le dur, mais je l'ai vu relire vos vieilles conversations. Le jour où il voudra sortir de tout ça, c'est vers ses vrais amis qu'il reviendra. #counter: hiba
* [Lui écrire : « tu me manques, on se voit ? »]
    -> reach_out
* [Pas maintenant]
    pas maintenant. je sais pas quoi lui dire #from: me #chat: aya_dm
    t'as pas besoin d'un grand discours. juste qu'il sache que t'es encore là, même dans un mois #from: aya #typing: 4
    -> end_line

= reach_out
salam. tu me manques. on se voit ? #from: me #chat: adam_dm
{ blocked:
    Message non distribué #system
    bon. j'irai lui parler en vrai, au collège #from: me
- else:
    … #from: adam #delay: 6
    peut-être #from: adam
}
-> end_line

= end_line
dernière chose : hiba dit qu'adam a regardé le match de l'équipe samedi. de loin, mais il était là ⚽ #from: aya #chat: aya_dm #typing: 4 #delay: 2
Quand je suis entré dans mon groupe, mes potes se sont moqués, puis ils ont arrêté de m'écrire. Le groupe est devenu ma seule « famille ». Un seul message d'un ancien ami aurait pu tout changer. #counter: reda
Ce n'est pas trop tard. Un message simple, sans reproche ni débat, suffit : « tu me manques, on se voit ? ». Tu peux l'envoyer aujourd'hui ou dans un mois. #help: support-friend
Et si ça t'inquiète, ou si tu sais qu'on le pousse à faire des choses qu'il ne veut pas faire, parles-en à un adulte de confiance : un parent, un prof, Mme Bennani. #help: trusted-adult
Vous vous êtes éloignés. Mais une amitié, ça se rattrape : il n'est pas trop tard pour lui écrire, ni pour en parler à un adulte. #ending: drifted-apart
-> END
