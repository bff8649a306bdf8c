-- Plain-language explanations of the technical skills, for the skills check (issue 16).
-- They are the portal's own words, not facts from the articles: they say what a term
-- means, never what a role needs. Skills whose name explains itself have none.
alter table skill add column explanation_en varchar(300);
alter table skill add column explanation_fr varchar(300);

update skill set explanation_en = 'A programming language; the most common one for working with data and building models.',
    explanation_fr = 'Un langage de programmation, le plus répandu pour travailler sur des données et construire des modèles.' where id = 1;
update skill set explanation_en = 'A programming language made for statistics and charts.',
    explanation_fr = 'Un langage de programmation conçu pour les statistiques et les graphiques.' where id = 2;
update skill set explanation_en = 'Renting computers, storage and ready-made services over the internet instead of running your own.',
    explanation_fr = 'Louer par internet des machines, du stockage et des services prêts à l’emploi au lieu d’avoir les siens.' where id = 3;
update skill set explanation_en = 'Metadata is data about data (where it comes from, what each column means); keeping it tidy makes data easy to find and fast to use.',
    explanation_fr = 'Les métadonnées décrivent les données (leur origine, le sens de chaque colonne) ; bien tenues, elles rendent les données faciles à trouver et rapides à utiliser.' where id = 4;
update skill set explanation_en = 'Storing, organising and moving data sets too big to open in a spreadsheet.',
    explanation_fr = 'Stocker, organiser et déplacer des jeux de données trop gros pour un tableur.' where id = 6;
update skill set explanation_en = 'Summarising data and judging what it can and cannot show (averages, spread, tests, confidence).',
    explanation_fr = 'Résumer des données et juger ce qu’elles montrent ou non (moyennes, dispersion, tests, niveau de confiance).' where id = 7;
update skill set explanation_en = 'Exploring data to answer a question: filtering, grouping, comparing and spotting patterns.',
    explanation_fr = 'Explorer des données pour répondre à une question en filtrant, regroupant, comparant et repérant des tendances.' where id = 8;
update skill set explanation_en = 'Turning numbers into charts and dashboards that people understand at a glance.',
    explanation_fr = 'Transformer des chiffres en graphiques et tableaux de bord compréhensibles d’un coup d’œil.' where id = 9;
update skill set explanation_en = 'SQL is the language for asking a database questions, such as all orders of last month by country.',
    explanation_fr = 'Le SQL sert à interroger une base de données, par exemple pour obtenir les commandes du mois dernier par pays.' where id = 11;
update skill set explanation_en = 'Deciding how a database stores its data and writing the code that reads and changes it; NoSQL databases store data without fixed tables.',
    explanation_fr = 'Décider comment une base stocke ses données et écrire le code qui les lit et les modifie ; les bases NoSQL se passent de tables fixes.' where id = 12;
update skill set explanation_en = 'Tools that gather data from many places and fix its errors; business-intelligence tools turn it into reports for managers.',
    explanation_fr = 'Des outils qui rassemblent des données de plusieurs endroits et en corrigent les erreurs ; les outils de BI en tirent des rapports pour les décideurs.' where id = 13;
update skill set explanation_en = 'Ready-made programs for statistical analysis, common in research, health and finance.',
    explanation_fr = 'Des logiciels prêts à l’emploi pour l’analyse statistique, courants en recherche, en santé et en finance.' where id = 14;
update skill set explanation_en = 'Four questions asked of data: what happened, why, what is likely next, and what to do about it.',
    explanation_fr = 'Quatre questions posées aux données : que s’est-il passé, pourquoi, que va-t-il probablement se passer, que faire.' where id = 15;
update skill set explanation_en = 'The mathematics of vectors, matrices and rates of change on which machine-learning methods rest.',
    explanation_fr = 'Les mathématiques des vecteurs, des matrices et des variations, sur lesquelles reposent les méthodes de machine learning.' where id = 16;
update skill set explanation_en = 'Training a program on examples so that it can predict or classify new cases.',
    explanation_fr = 'Entraîner un programme sur des exemples pour qu’il prédise ou classe de nouveaux cas.' where id = 17;
update skill set explanation_en = 'Tools that check a model works well enough and then put it into use.',
    explanation_fr = 'Des outils qui vérifient qu’un modèle fonctionne assez bien, puis le mettent en service.' where id = 18;
update skill set explanation_en = 'An API lets one program use another; these services publish, secure and watch APIs.',
    explanation_fr = 'Une API permet à un programme d’en utiliser un autre ; ces services publient, protègent et surveillent des API.' where id = 19;
update skill set explanation_en = 'Git records every change to code so that it can be reviewed and undone; GitHub hosts the code and the review.',
    explanation_fr = 'Git garde la trace de chaque modification du code pour la relire ou l’annuler ; GitHub héberge le code et les relectures.' where id = 21;
update skill set explanation_en = 'Ways of arranging data in a program (lists, tables, trees) so that it can be found and changed quickly.',
    explanation_fr = 'Façons de ranger les données dans un programme (listes, tables, arbres) pour les retrouver et les modifier vite.' where id = 22;
update skill set explanation_en = 'Deciding what data an organisation keeps, how it is shaped and how it flows between systems.',
    explanation_fr = 'Décider quelles données une organisation conserve, sous quelle forme et comment elles circulent entre ses systèmes.' where id = 23;
update skill set explanation_en = 'Building programs that are reliable, tested and easy to change, and planning how their parts fit together.',
    explanation_fr = 'Écrire des programmes fiables, testés et faciles à faire évoluer, et prévoir comment leurs parties s’assemblent.' where id = 24;
update skill set explanation_en = 'The operating systems most servers run; working with them usually means typing commands.',
    explanation_fr = 'Les systèmes d’exploitation de la plupart des serveurs, qu’on pilote souvent en tapant des commandes.' where id = 25;
update skill set explanation_en = 'A programming language widely used for large business systems.',
    explanation_fr = 'Un langage de programmation très utilisé pour les grands systèmes d’entreprise.' where id = 26;
update skill set explanation_en = 'Programming languages close to the hardware, used where speed matters most.',
    explanation_fr = 'Des langages de programmation proches du matériel, utilisés quand la vitesse compte le plus.' where id = 27;
update skill set explanation_en = 'Graphics processors do many calculations at once; CUDA is the way to program NVIDIA''s.',
    explanation_fr = 'Les processeurs graphiques font de nombreux calculs à la fois ; CUDA permet de programmer ceux de NVIDIA.' where id = 28;
update skill set explanation_en = 'Choosing how to represent data for a model and measuring how well the model does.',
    explanation_fr = 'Choisir comment représenter les données pour un modèle et mesurer la qualité de ses résultats.' where id = 29;
update skill set explanation_en = 'Models made of many layers of simple units, behind image and speech recognition and chatbots.',
    explanation_fr = 'Des modèles faits de nombreuses couches d’unités simples, derrière la reconnaissance d’images ou de la parole et les agents conversationnels.' where id = 30;
update skill set explanation_en = 'Getting programs to work with human language: translation, search, summaries, chatbots.',
    explanation_fr = 'Faire travailler des programmes sur la langue humaine, pour traduire, chercher, résumer ou converser.' where id = 31;
update skill set explanation_en = 'Splitting one big computation across many machines that work together.',
    explanation_fr = 'Répartir un gros calcul sur plusieurs machines qui travaillent ensemble.' where id = 32;
update skill set explanation_en = 'Training a program by trial and error, rewarding the actions that work, as for game-playing programs.',
    explanation_fr = 'Entraîner un programme par essais et erreurs en récompensant ce qui marche, comme pour les programmes qui jouent.' where id = 33;
update skill set explanation_en = 'Tools for storing and processing data spread over many machines.',
    explanation_fr = 'Des outils pour stocker et traiter des données réparties sur de nombreuses machines.' where id = 34;
update skill set explanation_en = 'Software toolkits for building and training models, especially deep-learning ones.',
    explanation_fr = 'Des boîtes à outils logicielles pour construire et entraîner des modèles, surtout de deep learning.' where id = 35;
update skill set explanation_en = 'Ready-made code for common machine-learning methods and for charts of results.',
    explanation_fr = 'Du code prêt à l’emploi pour les méthodes courantes de machine learning et les graphiques de résultats.' where id = 36;
update skill set explanation_en = 'Writing programs that talk to other services over the web, and offering services of your own that way.',
    explanation_fr = 'Écrire des programmes qui dialoguent avec d’autres services par le web, et proposer ainsi ses propres services.' where id = 37;
update skill set explanation_en = 'Reasoning about chance and uncertainty, and drawing conclusions about a whole from a sample.',
    explanation_fr = 'Raisonner sur le hasard et l’incertitude, et tirer d’un échantillon des conclusions sur l’ensemble.' where id = 38;
update skill set explanation_en = 'A branch of mathematics about symmetry and structure.',
    explanation_fr = 'Une branche des mathématiques qui étudie la symétrie et les structures.' where id = 39;
update skill set explanation_en = 'Core machine-learning methods: sorting cases into classes, predicting a number, and finding groups in data.',
    explanation_fr = 'Les méthodes de base du machine learning pour ranger des cas dans des classes, prédire un nombre ou trouver des groupes.' where id = 40;
update skill set explanation_en = 'Getting raw data ready for a model: fixing errors, filling gaps and putting values on comparable scales.',
    explanation_fr = 'Préparer des données brutes pour un modèle en corrigeant les erreurs, en comblant les trous et en mettant les valeurs à la même échelle.' where id = 41;
update skill set explanation_en = 'Keeping code in version control, splitting it into independent parts, and habits such as code review and tests.',
    explanation_fr = 'Versionner le code, le découper en parties indépendantes, et des habitudes comme la relecture et les tests.' where id = 42;
update skill set explanation_en = 'Putting models into service for real users, automating the steps from data to model, and watching them once live.',
    explanation_fr = 'Mettre les modèles au service de vrais utilisateurs, automatiser les étapes des données au modèle, et les surveiller une fois en service.' where id = 43;
update skill set explanation_en = 'Working in short cycles, delivering a little at a time and adjusting the plan as you learn.',
    explanation_fr = 'Travailler par cycles courts, livrer un peu à la fois et ajuster le plan en avançant.' where id = 44;
