-- "Choose it if you…": the reader's side of each reason to choose a role. Our own words,
-- not the articles': each sentence completes "Choose <role> if you…" and rests on the
-- fact beside it (the role's side of a contrast, or one of its responsibilities), which
-- the pages show under it with its sources. Nothing here is a new fact.

alter table contrast_side add column choose_en varchar(200);
alter table contrast_side add column choose_fr varchar(200);

-- Role 1 is ML Engineer, role 2 Data Scientist (V2).
update contrast_side set
    choose_en = 'want your work to end in findings, reports and charts that help people decide',
    choose_fr = 'voulez que votre travail aboutisse à des analyses, des rapports et des graphiques qui aident à décider'
    where contrast_id = 1 and role_id = 2;
update contrast_side set
    choose_en = 'want what you make to run on its own, as software and ML systems in production',
    choose_fr = 'voulez que ce que vous créez tourne tout seul, sous forme de logiciels et de systèmes de ML en production'
    where contrast_id = 1 and role_id = 1;
update contrast_side set
    choose_en = 'would rather draw up the plan than build it',
    choose_fr = 'préférez concevoir le plan plutôt que le construire'
    where contrast_id = 2 and role_id = 2;
update contrast_side set
    choose_en = 'would rather turn a plan into something that works',
    choose_fr = 'préférez faire d’un plan quelque chose qui fonctionne'
    where contrast_id = 2 and role_id = 1;
update contrast_side set
    choose_en = 'are strongest at statistics, analysis, charts and explaining what they show',
    choose_fr = 'êtes surtout à l’aise en statistiques, en analyse, en graphiques et pour expliquer ce qu’ils montrent'
    where contrast_id = 3 and role_id = 2;
update contrast_side set
    choose_en = 'are strongest at data structures, software engineering and how ML works inside',
    choose_fr = 'êtes surtout à l’aise avec les structures de données, le génie logiciel et le fonctionnement interne du ML'
    where contrast_id = 3 and role_id = 1;
update contrast_side set
    choose_en = 'like handling many kinds of tools, from statistics software and BI to databases and Excel',
    choose_fr = 'aimez manier toutes sortes d’outils, des logiciels statistiques et de la BI jusqu’aux bases de données et à Excel'
    where contrast_id = 4 and role_id = 2;
update contrast_side set
    choose_en = 'would rather go deep into ML frameworks, architectures and systems than wide across tools',
    choose_fr = 'préférez creuser les frameworks de ML, les architectures et les systèmes plutôt que multiplier les outils'
    where contrast_id = 4 and role_id = 1;
update contrast_side set
    choose_en = 'are happy to work mostly in Python, R and SQL',
    choose_fr = 'êtes à l’aise pour travailler surtout en Python, R et SQL'
    where contrast_id = 5 and role_id = 2;
update contrast_side set
    choose_en = 'are ready to code in Python, Java or C++, and even CUDA',
    choose_fr = 'êtes prêt à coder en Python, Java ou C++, voire en CUDA'
    where contrast_id = 5 and role_id = 1;
update contrast_side set
    choose_en = 'like gathering and shaping the data yourself',
    choose_fr = 'aimez rassembler et préparer vous-même les données'
    where contrast_id = 6 and role_id = 2;
update contrast_side set
    choose_en = 'would rather start from data that someone else has gathered',
    choose_fr = 'préférez partir de données rassemblées par d’autres'
    where contrast_id = 6 and role_id = 1;
update contrast_side set
    choose_en = 'care most about what a model reveals, and why',
    choose_fr = 'tenez surtout à comprendre ce qu’un modèle révèle, et pourquoi'
    where contrast_id = 7 and role_id = 2;
update contrast_side set
    choose_en = 'care about speed, memory and the hardware a model runs on',
    choose_fr = 'vous souciez de la vitesse, de la mémoire et du matériel sur lequel tourne un modèle'
    where contrast_id = 7 and role_id = 1;

alter table contrast_side alter column choose_en set not null;
alter table contrast_side alter column choose_fr set not null;

-- Responsibilities: optional (a responsibility without one is shown with a plain frame).
alter table role_fact add column choose_en varchar(200);
alter table role_fact add column choose_fr varchar(200);

update role_fact set choose_en = 'would enjoy getting models into production and making them run well',
    choose_fr = 'aimeriez mettre des modèles en production et les faire bien tourner' where id = 9;
update role_fact set choose_en = 'would like to watch over live models and how fast and heavy they run',
    choose_fr = 'aimeriez veiller sur des modèles en service, leur vitesse et leur consommation' where id = 10;
update role_fact set choose_en = 'are curious how a model behaves on CPUs, GPUs and small devices',
    choose_fr = 'êtes curieux de voir comment un modèle se comporte sur CPU, GPU ou petits appareils' where id = 11;
update role_fact set choose_en = 'don''t mind fixing and looking after models over time',
    choose_fr = 'acceptez volontiers de réparer et d’entretenir des modèles dans la durée' where id = 12;
update role_fact set choose_en = 'like keeping order in versions of models, data and experiments',
    choose_fr = 'aimez mettre de l’ordre dans les versions des modèles, des données et des essais' where id = 13;
update role_fact set choose_en = 'like building tools that make other people''s work smoother',
    choose_fr = 'aimez créer des outils qui facilitent le travail des autres' where id = 14;
update role_fact set choose_en = 'enjoy turning a prototype into a real system',
    choose_fr = 'aimez transformer un prototype en vrai système' where id = 15;
update role_fact set choose_en = 'want to design whole ML systems, not only models',
    choose_fr = 'voulez concevoir des systèmes de ML entiers, pas seulement des modèles' where id = 16;
update role_fact set choose_en = 'like improving a model from what the tests show',
    choose_fr = 'aimez améliorer un modèle d’après ce que montrent les tests' where id = 17;
update role_fact set choose_en = 'enjoy hunting for public data to train models on',
    choose_fr = 'aimez dénicher des données publiques pour entraîner des modèles' where id = 18;
update role_fact set choose_en = 'accept that models need training again and again',
    choose_fr = 'acceptez qu’un modèle soit à réentraîner encore et encore' where id = 19;
update role_fact set choose_en = 'would like to add to ML frameworks and libraries',
    choose_fr = 'aimeriez enrichir des frameworks et des bibliothèques de ML' where id = 20;
update role_fact set choose_en = 'like building applications to what a client needs',
    choose_fr = 'aimez développer des applications selon les besoins d’un client' where id = 21;
update role_fact set choose_en = 'enjoy trying new algorithms and tools and putting them to work',
    choose_fr = 'aimez essayer de nouveaux algorithmes et outils, puis les mettre en œuvre' where id = 22;
update role_fact set choose_en = 'like judging which algorithm is most likely to solve a problem',
    choose_fr = 'aimez juger quel algorithme a le plus de chances de résoudre un problème' where id = 23;
update role_fact set choose_en = 'want to catch changes in the data before they harm a live model',
    choose_fr = 'voulez repérer les changements dans les données avant qu’ils ne nuisent à un modèle en service' where id = 24;
update role_fact set choose_en = 'like working out which business problems ML can solve',
    choose_fr = 'aimez déterminer quels problèmes métier le ML peut résoudre' where id = 35;
update role_fact set choose_en = 'want to plan a whole ML project, from the data to deployment',
    choose_fr = 'voulez planifier tout un projet de ML, des données au déploiement' where id = 36;
update role_fact set choose_en = 'enjoy designing your own algorithms and data models',
    choose_fr = 'aimez concevoir vos propres algorithmes et modèles de données' where id = 37;
update role_fact set choose_en = 'enjoy finding extra data, or making synthetic data',
    choose_fr = 'aimez trouver des données en plus, ou en fabriquer de synthétiques' where id = 38;
update role_fact set choose_en = 'like deciding how data should be labelled',
    choose_fr = 'aimez décider comment les données doivent être annotées' where id = 39;
update role_fact set choose_en = 'like keeping everyone informed as the work goes on',
    choose_fr = 'aimez tenir tout le monde informé au fil du travail' where id = 40;
update role_fact set choose_en = 'like building tools that speed up modelling',
    choose_fr = 'aimez créer des outils qui accélèrent la modélisation' where id = 41;

alter table role_fact add constraint role_fact_choose_only_for_duties
    check (choose_en is null or kind = 'RESPONSIBILITY');
alter table role_fact add constraint role_fact_choose_both_languages
    check ((choose_en is null) = (choose_fr is null));
