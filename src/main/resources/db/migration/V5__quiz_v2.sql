-- Quiz version 2 (docs/quiz.md): fourteen statements on three axes, written for a student outside the field, each
-- with the fact it rests on (in our own words, with its source) and, where a term needs it, a short explanation.
-- The twelve statements of version 1 keep their codes and meaning, so version-1 result links carry over.
-- Portable SQL: runs unchanged on H2 and PostgreSQL.

alter table quiz_question add column axis varchar(10);
alter table quiz_question add constraint quiz_question_axis check (axis in ('BUILD', 'ANALYSE', 'DEPTH'));
alter table quiz_question add column term_en varchar(80);
alter table quiz_question add column term_fr varchar(80);
alter table quiz_question add column explain_en varchar(400);
alter table quiz_question add column explain_fr varchar(400);
alter table quiz_question add column basis_en varchar(300);
alter table quiz_question add column basis_fr varchar(300);
alter table quiz_question add column basis_source varchar(40) references source_article (id);

-- Skills that agreeing with a statement already shows an interest in: left out of that person's next steps.
create table quiz_question_skill (
    question_id bigint not null references quiz_question (id),
    skill_id    bigint not null references skill (id),
    primary key (question_id, skill_id)
);

update quiz_meta set version = 2;

insert into quiz_question (id, code, kind, sort_order, text_en, text_fr) values
    (14, 'platform', 'LIKERT', 9, 'x', 'x'),
    (15, 'realtime', 'LIKERT', 13, 'x', 'x');

update quiz_question set sort_order = 1, axis = 'BUILD',
    text_en = 'I would enjoy putting models into real products and keeping them working for their users.',
    text_fr = 'J’aimerais intégrer des modèles dans de vrais produits et veiller à ce qu’ils continuent de bien servir leurs utilisateurs.',
    term_en = 'What “in production” means', term_fr = 'Ce que veut dire « en production »',
    explain_en = 'A model is in production when real people or systems use it every day, not just in a test on your own computer.',
    explain_fr = 'Un modèle est en production quand de vraies personnes ou de vrais systèmes s’en servent chaque jour, et pas seulement lors d’un essai sur votre ordinateur.',
    basis_en = 'ML engineers deploy models to production, then monitor and maintain them.',
    basis_fr = 'L’ingénieur ML déploie les modèles en production, puis les surveille et les maintient.',
    basis_source = 'dataversity-2023'
  where code = 'production';
update quiz_question set sort_order = 2, axis = 'ANALYSE',
    text_en = 'I enjoy statistics: spotting patterns, trends and links in a pile of data.',
    text_fr = 'J’aime les statistiques : repérer des motifs, des tendances et des liens dans une masse de données.',
    basis_en = 'Data scientists use statistics and mathematics to find patterns, trends and relationships in data.',
    basis_fr = 'Le data scientist s’appuie sur les statistiques et les mathématiques pour trouver motifs, tendances et liens dans les données.',
    basis_source = 'dataversity-2023'
  where code = 'statistics';
update quiz_question set sort_order = 3, axis = 'DEPTH',
    text_en = 'Deep learning fascinates me: how neural networks are designed and trained.',
    text_fr = 'Le deep learning me passionne : comment on conçoit et entraîne des réseaux de neurones.',
    term_en = 'What deep learning is', term_fr = 'Ce qu’est le deep learning',
    explain_en = 'A family of machine-learning methods built from many layers of simple units (a neural network); it powers image and speech recognition.',
    explain_fr = 'Une famille de méthodes de machine learning faites de nombreuses couches d’unités simples (un réseau de neurones) ; elle sert par exemple à reconnaître images et voix.',
    basis_en = 'ML engineers deploy and maintain deep-learning models; one with advanced deep-learning skills may be called an AI engineer.',
    basis_fr = 'L’ingénieur ML déploie et maintient des modèles de deep learning ; s’il y excelle, on peut l’appeler ingénieur IA.',
    basis_source = 'dataversity-2023'
  where code = 'deeplearning';
update quiz_question set sort_order = 4, axis = 'ANALYSE',
    text_en = 'I would enjoy turning an analysis into a clear report or talk for the people who make decisions.',
    text_fr = 'J’aimerais transformer une analyse en rapport ou en présentation claire pour les personnes qui décident.',
    basis_en = 'Data scientists produce reports and charts and present their findings to business stakeholders.',
    basis_fr = 'Le data scientist produit rapports et graphiques et présente ses conclusions aux responsables métier.',
    basis_source = 'mle-roles-2019'
  where code = 'present';
update quiz_question set sort_order = 5, axis = 'BUILD',
    text_en = 'I like writing code that others can build on: well organised, tested and tracked in version control.',
    text_fr = 'J’aime écrire du code sur lequel d’autres peuvent construire : bien organisé, testé et suivi en gestion de versions.',
    term_en = 'What version control is', term_fr = 'Ce qu’est la gestion de versions',
    explain_en = 'Tools such as Git that record every change to the code, so a team can work on it together and go back to any earlier state.',
    explain_fr = 'Des outils comme Git qui enregistrent chaque modification du code, pour qu’une équipe y travaille ensemble et puisse revenir à tout état antérieur.',
    basis_en = 'ML engineers’ core strengths include data structures and software engineering.',
    basis_fr = 'Les points forts de l’ingénieur ML comprennent les structures de données et le génie logiciel.',
    basis_source = 'dataversity-2023'
  where code = 'software';
update quiz_question set sort_order = 6, axis = 'ANALYSE',
    text_en = 'I would rather gather and assemble my own data than be handed a ready-made data set.',
    text_fr = 'Je préfère rassembler et constituer mes propres données plutôt que recevoir un jeu de données tout prêt.',
    basis_en = 'Data scientists often build the data set themselves; ML engineers usually receive one.',
    basis_fr = 'Le data scientist constitue souvent lui-même le jeu de données ; l’ingénieur ML en reçoit en général un.',
    basis_source = 'nitiema-ds-vs-mle'
  where code = 'dataset';
update quiz_question set sort_order = 7, axis = 'BUILD',
    text_en = 'Making a system answer fast and handle many requests matters more to me than explaining what a model has learned.',
    text_fr = 'Qu’un système réponde vite et tienne beaucoup de demandes compte plus pour moi que d’expliquer ce qu’un modèle a appris.',
    term_en = 'What latency and throughput are', term_fr = 'Ce que sont la latence et le débit',
    explain_en = 'Latency is how long one answer takes; throughput is how many answers a system gives per second. Engineers measure both.',
    explain_fr = 'La latence, c’est le temps que prend une réponse ; le débit, le nombre de réponses qu’un système fournit par seconde. Les ingénieurs mesurent les deux.',
    basis_en = 'ML engineers watch latency, memory, throughput and hardware; data scientists focus on interpreting models.',
    basis_fr = 'L’ingénieur ML surveille latence, mémoire, débit et matériel ; le data scientist se concentre sur l’interprétation des modèles.',
    basis_source = 'dataversity-2023'
  where code = 'performance';
update quiz_question set sort_order = 8, axis = 'ANALYSE',
    text_en = 'I like working out which business questions data could answer, and which are worth the effort.',
    text_fr = 'J’aime déterminer à quelles questions de l’entreprise les données pourraient répondre, et lesquelles en valent la peine.',
    basis_en = 'Data scientists decide which business problems are suited to machine learning.',
    basis_fr = 'Le data scientist détermine quels problèmes métier se prêtent au machine learning.',
    basis_source = 'dataversity-2023'
  where code = 'business';
update quiz_question set axis = 'BUILD',
    text_en = 'I would like to build the tools and pipelines that other people use to train and launch their models.',
    text_fr = 'J’aimerais construire les outils et les chaînes de traitement dont d’autres se servent pour entraîner et lancer leurs modèles.',
    term_en = 'What a pipeline is', term_fr = 'Ce qu’est une chaîne de traitement (pipeline)',
    explain_en = 'A chain of automated steps (fetch data, clean it, train a model, test it, deploy it) that runs again whenever it is needed.',
    explain_fr = 'Une suite d’étapes automatisées (récupérer les données, les nettoyer, entraîner un modèle, le tester, le déployer) qui se relance dès que nécessaire.',
    basis_en = 'An ML engineer’s day is split between an in-house ML platform and new models; they build custom tools for model workflows.',
    basis_fr = 'La journée de l’ingénieur ML se partage entre une plateforme de ML interne et de nouveaux modèles ; il crée des outils pour le cycle de travail des modèles.',
    basis_source = 'datascientest-mle'
  where code = 'platform';
update quiz_question set sort_order = 10, axis = 'DEPTH',
    text_en = 'I would like to make models run faster on graphics cards (GPUs), even if it means low-level code.',
    text_fr = 'J’aimerais faire tourner des modèles plus vite sur des cartes graphiques (GPU), quitte à écrire du code de bas niveau.',
    term_en = 'What GPUs and CUDA are', term_fr = 'Ce que sont les GPU et CUDA',
    explain_en = 'GPUs are chips first made for graphics that compute many things at once; CUDA is a way to program them directly.',
    explain_fr = 'Les GPU sont des puces conçues d’abord pour le graphisme, qui font beaucoup de calculs à la fois ; CUDA permet de les programmer directement.',
    basis_en = 'ML engineers run inference tests on CPUs, GPUs and other hardware, and list GPU architectures and CUDA among their skills.',
    basis_fr = 'L’ingénieur ML teste l’inférence sur CPU, GPU et autres matériels, et compte les architectures GPU et CUDA parmi ses compétences.',
    basis_source = 'dataversity-2023'
  where code = 'gpu';
update quiz_question set sort_order = 11, axis = 'ANALYSE',
    text_en = 'I would be happy spending a day pulling figures from databases and turning them into tables and charts.',
    text_fr = 'Passer une journée à extraire des chiffres de bases de données et à en faire des tableaux et des graphiques me conviendrait.',
    term_en = 'The tools this means', term_fr = 'Les outils dont il s’agit',
    explain_en = 'SQL, the language for asking databases questions; spreadsheets such as Excel; and business-intelligence (BI) tools that turn figures into dashboards.',
    explain_fr = 'SQL, le langage pour interroger les bases de données ; des tableurs comme Excel ; et des outils de business intelligence (BI) qui font des chiffres des tableaux de bord.',
    basis_en = 'Data scientists’ tool set is broader: statistical software, query languages, BI tools, databases and Excel.',
    basis_fr = 'La palette d’outils du data scientist est plus large : logiciels statistiques, langages de requête, outils de BI, bases de données et Excel.',
    basis_source = 'dataversity-2023'
  where code = 'sql';
update quiz_question set sort_order = 12, axis = 'BUILD',
    text_en = 'I would happily program in Java or C++, not only in Python or R.',
    text_fr = 'Je programmerais volontiers en Java ou en C++, pas seulement en Python ou en R.',
    basis_en = 'ML engineers typically use Python, Java, C++ and R; data scientists Python, R and SQL.',
    basis_fr = 'L’ingénieur ML utilise en général Python, Java, C++ et R ; le data scientist Python, R et SQL.',
    basis_source = 'dataversity-2023'
  where code = 'languages';
update quiz_question set axis = 'BUILD',
    text_en = 'Systems that must react instantly to large streams of data excite me.',
    text_fr = 'Les systèmes qui doivent réagir sur-le-champ à de grands flux de données me passionnent.',
    term_en = 'What “real time” means', term_fr = 'Ce que veut dire « en temps réel »',
    explain_en = 'The system handles each piece of data as it arrives (a payment, a click, a sensor reading) instead of in a batch later.',
    explain_fr = 'Le système traite chaque donnée dès qu’elle arrive (un paiement, un clic, une mesure de capteur) au lieu de tout traiter plus tard d’un bloc.',
    basis_en = 'ML engineers make sure models can take in large volumes of data in real time.',
    basis_fr = 'L’ingénieur ML veille à ce que les modèles absorbent de gros volumes de données en temps réel.',
    basis_source = 'mle-roles-2019'
  where code = 'realtime';
update quiz_question set sort_order = 14, axis = 'DEPTH',
    text_en = 'I want machine learning itself to be at the heart of my work, not software in general.',
    text_fr = 'Je veux que le machine learning lui-même soit au cœur de mon travail, plutôt que le logiciel en général.',
    basis_en = 'Both ML engineers and data scientists work with machine learning every day; to software engineers it usually feels remote.',
    basis_fr = 'Ingénieurs ML et data scientists travaillent chaque jour avec le machine learning ; pour l’ingénieur logiciel, il reste en général lointain.',
    basis_source = 'mle-roles-2019'
  where code = 'mlfocus';
update quiz_question set sort_order = 15,
    text_en = 'Which best describes what you do today?',
    text_fr = 'Qu’est-ce qui décrit le mieux ce que vous faites aujourd’hui ?'
  where code = 'background';

-- Which role agreeing points towards, and how much (docs/quiz.md): for the ML engineer, building and running
-- systems counts 2 and deep learning and GPUs 1 (skills of the role, but also of the AI engineer); for the data
-- scientist, every analysing statement 2. The neighbouring roles the sources only mention: AI Engineer (an ML
-- engineer with advanced deep-learning skills) and Software Engineer (an expert programmer to whom ML usually feels
-- remote, so disagreeing with "mlfocus" points to it).
delete from quiz_weight;
insert into quiz_weight (question_id, role_id, weight)
select q.id, r.id, w.weight
  from (values ('production', 'machine-learning-engineer', 2), ('software', 'machine-learning-engineer', 2),
               ('performance', 'machine-learning-engineer', 2), ('platform', 'machine-learning-engineer', 2),
               ('languages', 'machine-learning-engineer', 2), ('realtime', 'machine-learning-engineer', 2),
               ('deeplearning', 'machine-learning-engineer', 1), ('gpu', 'machine-learning-engineer', 1),
               ('statistics', 'data-scientist', 2), ('present', 'data-scientist', 2), ('dataset', 'data-scientist', 2),
               ('business', 'data-scientist', 2), ('sql', 'data-scientist', 2),
               ('deeplearning', 'ai-engineer', 1), ('gpu', 'ai-engineer', 1), ('mlfocus', 'ai-engineer', 1),
               ('software', 'software-engineer', 1), ('languages', 'software-engineer', 1),
               ('mlfocus', 'software-engineer', -1)) as w (code, slug, weight)
  join quiz_question q on q.code = w.code
  join career_role r on r.slug = w.slug;

insert into quiz_question_skill (question_id, skill_id)
select q.id, s.skill_id
  from (values ('production', 43), ('production', 18), ('statistics', 7), ('statistics', 15), ('statistics', 38),
               ('deeplearning', 30), ('present', 10), ('software', 21), ('software', 22), ('software', 24),
               ('software', 42), ('dataset', 41), ('platform', 43), ('gpu', 28), ('sql', 11), ('sql', 13),
               ('sql', 20), ('sql', 9), ('languages', 26), ('languages', 27), ('realtime', 32), ('realtime', 6),
               ('business', 5)) as s (code, skill_id)
  join quiz_question q on q.code = s.code;
