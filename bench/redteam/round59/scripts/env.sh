export V=/work/redteam59/venv/bin/vitrina; export PATH=/work/redteam59:$PATH; export R=/work/redteam59
