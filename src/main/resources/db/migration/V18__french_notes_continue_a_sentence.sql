-- Issue 25: our tool notes follow the tool's name and a colon ("Caffe : dernière version 1.0…"), where French takes a
-- lower-case letter; "Dernière version : 1.0" put a second colon in the same line.
update tool_note set note_fr = 'développement arrêté après la version 1.0 (novembre 2017) ; ses auteurs, au MILA, avaient annoncé la fin des développements majeurs en septembre 2017.' where id = 1;
update tool_note set note_fr = 'dernière version 1.0 (avril 2017) ; son successeur, Caffe2, a été fusionné dans PyTorch en 2018.' where id = 2;
update tool_note set note_fr = 'dernière version 2.7 (2019) ; Microsoft a annoncé qu’aucune nouvelle fonctionnalité ne serait développée.' where id = 3;
