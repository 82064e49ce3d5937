import docx, os, csv, zipfile
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from PIL import Image
os.chdir('/work/redteam57/in/coll')
d = docx.Document()
d.add_heading("Margaret Ashworth (née Dunlop): a candidate under two names", 0)
d.add_heading("St. George's ward, 1919", 1)
d.add_paragraph("In the municipal election of 1 November 1919 Miss Margaret Dunlop stood for St. George's ward, Bristol, as a Liberal, and lost to the Conservative Walter Prior by 214 votes.")
d.add_paragraph("In 1921 Margaret Dunlop married the solicitor Edward Ashworth; from then on she used the name Mrs. Margaret Ashworth.")
d.add_heading("Bristol West, 1923", 1)
d.add_paragraph("As Mrs. Ashworth she stood for Bristol West at the general election of 1923 and polled 9,630 votes. At her adoption meeting she said: \"I was a candidate under my father's name and I am one under my husband's; the voters may call me what they like so long as they vote.\"")
d.add_paragraph("A different woman, Mrs. Ellen Dunlop of Bedminster, Margaret's aunt, was a Poor Law guardian and never stood for Parliament.")
d.save('elections/e04_ashworth_dunlop.docx')
d = docx.Document()
d.add_heading("Bishop's visitation of St. Faith's, Whitsuntide 1876", 0)
d.add_paragraph("The Bishop, Bishop Colenso's successor not being yet appointed, the visitation was made by Archdeacon T. W. Ransome on Whit Monday 1876.")
d.add_paragraph("The Archdeacon confirmed 23 candidates, among them Mary Chisomo and John Kachere, and said: \"This hill has more faith than my cathedral.\"")
d.add_paragraph("The Archdeacon's party came up from Katunga's in two river stages and four days' march.")
t = d.add_table(rows=3, cols=3)
for i,row in enumerate([["Name","Age","Village"],["Mary Chisomo","19","Kumtaja's"],["John Kachere","22","Mbame"]]):
    for j,v in enumerate(row): t.cell(i,j).text=v
d.save('mission/m05_visitation_1876.docx')
def pdf(path, title, lines):
    c = canvas.Canvas(path, pagesize=A4); y=800
    c.setFont("Helvetica-Bold", 16); c.drawString(50,y,title); y-=30; c.setFont("Helvetica", 11)
    for l in lines:
        c.drawString(50,y,l); y-=16
    c.save()
pdf('mission/m06_accounts_1873.pdf', "St. Faith's Station: Treasurer's Accounts, 1873", [
 "Received from the Society in London: 250 pounds.",
 "Received from the Madras committee: 300 rupees.",
 "Paid to carriers from Quelimane, fourteen days' march: 12,000 cowries.",
 "Paid for 1,873 bricks for the school house: 9 pounds 4 shillings.",
 "Audited by the Rev. J. T. Harris on the feast of St. Michael 1873.",
 "Balance in hand at Christmas: 18 pounds 2 shillings."])
pdf('elections/e06_washington_county_1894.pdf', "Washington County, New York: Official Canvass, 1894", [
 "General election of 6 November 1894. Office of Governor.",
 "Levi P. Morton (Republican): 9,412 votes in Washington County.",
 "David B. Hill (Democrat): 4,108 votes in Washington County.",
 "Plurality in the county: 5,304. Blank and void ballots: 96.",
 "Certified at Salem by the county clerk, James McKie, on 20 November 1894.",
 "Morton carried the state and became Governor of New York."])
with open('elections/results_sheet.csv','w',newline='') as f:
    w=csv.writer(f); w.writerow(["constituency","year","candidate","party","votes","majority","turnout_pct","spoilt"])
    w.writerow(["Bristol West","1906","Henry Aldous","Liberal","6412","435","81.3","37"])
    w.writerow(["Bristol West","1906","Sir George Pemberton","Conservative","5977","","81.3","37"])
    w.writerow(["St. George's ward","1877","Joseph Tolley","Liberal","2114","308","","12"])
    w.writerow(["Bristol West","1923","Margaret Ashworth","Liberal","9630","","72.5",""])
with open('mission/baptism_register.csv','w',newline='') as f:
    w=csv.writer(f); w.writerow(["register_no","baptismal_name","former_name","date","church_day","station","minister"])
    w.writerow(["117","Thomas Mpinganjira","Mpinganjira","1872-12-01","Advent Sunday","St. Faith's","Rev. J. T. Harris"])
    w.writerow(["118","Mary Chisomo","Chisomo","1872-12-01","Advent Sunday","St. Faith's","Rev. J. T. Harris"])
    w.writerow(["119","John Kachere","Kachere","1872-12-01","Advent Sunday","St. Faith's","Rev. J. T. Harris"])
    w.writerow(["120","Ruth Namwali","Namwali","1872-12-01","Advent Sunday","St. Faith's","Rev. J. T. Harris"])
with open('catalogue.csv','w',newline='') as f:
    w=csv.writer(f); w.writerow(["identifier","title","creator","date","rights","subjects"])
    for k,t,cr,dt in [("m01","St. Faith's report 1872","Harris, J. T.","1872"),("m02","Letter home","Harris, Eleanor (née Whitcombe)","1873"),
                      ("e01","Bristol West declaration","Returning Officer","1906"),("e04","Ashworth/Dunlop notes","Archive staff","1923"),
                      ("m04","New Hermannsburg <script>alert('cat')</script>","Wendt, H.","1860")]:
        w.writerow([k,t,cr,dt,"CC BY 4.0","missions; elections"])
os.makedirs('mission/images', exist_ok=True)
im = Image.new('RGB',(400,300),(120,90,60))
exif = im.getexif(); exif[0x010e]="St. Faith's station from the hill, Advent 1872"; exif[0x9003]="1872:12:01 10:00:00"; exif[0x013b]="E. Harris"
im.save('mission/images/stfaiths.jpg', exif=exif)
Image.new('RGB',(300,200),(0,120,0)).save('mission/images/bandawe.png')
Image.new('RGB',(300,200),(0,0,120)).save('mission/images/khondowe.tiff')
Image.new('L',(12000,12000),0).save('mission/images/huge_plateau.png')
open('mission/images/corrupt.jpg','wb').write(b'\xff\xd8\xff\xe0'+os.urandom(5000))
with zipfile.ZipFile('/work/redteam57/in/mission_all.zip','w',zipfile.ZIP_DEFLATED) as z:
    for root,_,files in os.walk('mission'):
        for fn in files: z.write(os.path.join(root,fn))
