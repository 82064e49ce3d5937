#!/bin/bash
V=${V:-/work/redteam41/venv/bin/vitrina}; T=$(mktemp -d); export NO_COLOR=1; cd $T
# German (and French/Spanish) common words are tagged as people and places by the English model.
printf 'Gott hat mich und meine kleine Tochter wunderbarlich errettet. In der Nacht ist unser Schiff an den Klippen zerschellt. Der Steuermann rief: Rettet die Frauen zuerst! und ließ das große Boot hinab. Sage dem Vetter, dass wir Geld für die Heimreise brauchen. Deine getreue Schwester.\n' > brief.txt
printf "J'ai l'honneur d'informer Votre Grandeur que le vaisseau s'est perdu. Je suis, Monseigneur, votre très humble serviteur.\n" > lettre.txt
$V build brief.txt lettre.txt --db x.db >/dev/null 2>&1
$V export --db x.db --format csv -o csv >/dev/null; cut -d, -f1-3 csv/entities.csv   # expect no person 'Tochter', 'Geld', 'Boot', 'Votre Grandeur', 'Je suis' …
