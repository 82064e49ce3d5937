#!/bin/bash
# ask presents the height a crane lifts to as the crane's height (seen with the crane beside other documents that give heights)
. "$(dirname "$0")/_common.sh"
printf 'The Gdansk Crane\n\nThe medieval port crane in Gdansk was completed in 1444. It was rebuilt after a fire in 1442 and restored in 1962. The crane could lift 2 tonnes to a height of 27 metres.\n' > crane.txt
printf 'The Rozewie Lighthouse\n\nThe lighthouse at Rozewie was built in 1822 by the Prussian engineer Karl Wendt. It stands 33 metres tall on a cliff above the Baltic Sea.\n\nIn 1910 the tower was raised by 10 metres so that its light could be seen above the surrounding forest.\n' > lighthouse.txt
printf '# Rozewie Lighthouse in the Records\n\nThe lighthouse at Rozewie was built in 1826 by Karl Wendt. The tower stands 45 metres tall.\n' > lighthouse2.md
printf '# The Oliwa Paper Mill\n\n## Origins\n\nThe paper mill in Oliwa was founded in 1596 by the Cistercian abbot Dawid Konarski. It produced 400 reams of paper each year.\n' > mill.md
"$V" build crane.txt lighthouse.txt lighthouse2.md mill.md --db x.db >/dev/null 2>&1
"$V" ask "How tall is the crane?" --db x.db    # observed in the round-34 truth corpus: 27 metres (confidence 0.59)
