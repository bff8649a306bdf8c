-- Our own sentences that said more than the sources, and French a native editor would not write.
-- Python's explanation claimed it was "the most common" language for data and models: no source says so.
update skill set explanation_en = 'A general-purpose programming language, used to work with data and to build models.',
    explanation_fr = 'Un langage de programmation généraliste, utilisé pour travailler sur des données et construire des modèles.'
 where id = 1;
-- « croissance multipliée par » is not French: a growth is "of a factor".
update outlook_fact set text_fr = 'Classé premier métier émergent aux États-Unis, avec une croissance d’un facteur 9,8 en cinq ans'
 where id = 4;
-- « fusionné dans » is a calque of "merged into".
update tool_note set note_fr = 'dernière version 1.0 (avril 2017) ; son successeur, Caffe2, a été intégré à PyTorch en 2018.'
 where id = 2;
-- « tienne beaucoup de demandes » does not say "handle many requests".
update quiz_question set text_fr = 'Qu’un système réponde vite et supporte un grand nombre de demandes compte plus pour moi que d’expliquer ce qu’un modèle a appris.'
 where code = 'performance';
