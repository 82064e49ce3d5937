import random, os, sys
random.seed(int(sys.argv[3]) if len(sys.argv)>3 else 43)
out=sys.argv[1]; n=int(sys.argv[2]); start=int(sys.argv[4]) if len(sys.argv)>4 else 0
os.makedirs(out, exist_ok=True)
first=["Anna","Tomas","Mirela","John","Fatima","Olek","Grace","Henrik","Ines","Kwame","Lena","Marek","Nadia","Oscar","Pavla","Rafael","Sofia","Viktor","Yusuf","Zofia"]
last=["Novak","Okafor","Lindqvist","Brennan","Haddad","Kowalski","Moreau","Petrov","Santos","Takahashi","Varga","Whitfield","Duarte","Ferreira","Ivanova"]
places=["Leeds","Krakow","Porto","Dublin","Gdansk","Lyon","Brno","Bergen","Seville","Turin","Aberdeen","Ghent","Lodz","Cork","Tallinn"]
orgs=["the Harbour Board","the Weavers' Union","the City Council","the Northern Railway Company","the Mutual Aid Society","the Rowing Club","the Grammar School"]
verbs=["founded","visited","left","wrote to","petitioned","inspected","sold","rebuilt"]
months=["January","February","March","April","May","June","July","August","September","October","November","December"]
for i in range(start, start+n):
    p=f"{random.choice(first)} {random.choice(last)}"; q=f"{random.choice(first)} {random.choice(last)}"
    pl=random.choice(places); org=random.choice(orgs); y=random.randint(1850,1990)
    d=f"{random.randint(1,28)} {random.choice(months)} {y}"
    s=[f"Record {i}: {p} of {pl}.",
       f"On {d}, {p} {random.choice(verbs)} {org} in {pl}.",
       f"According to {q}, about {random.randint(2,900)} people attended, and the cost was £{random.randint(1,99)},{random.randint(100,999)}.",
       f"\"We will not forget {pl},\" said {q} in {y+random.randint(0,5)}.",
       f"Later, in {y+random.randint(1,20)}, {p} moved to {random.choice(places)} and joined {random.choice(orgs)}."]
    random.shuffle(s[1:])
    with open(os.path.join(out, f"rec{i:05d}.txt"),"w") as f:
        f.write(f"Record {i}\n\n"+" ".join(s)+"\n")
