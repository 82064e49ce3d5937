program paint;
{ Draws an ops file written by layout.py with fcl-pdf (fpPDF), in the given order. }
{$mode objfpc}{$H+}
{$codepage UTF8}
uses Classes, SysUtils, fpPDF;

var
  PDF: TPDFDocument;
  L, F: TStringList;
  Keys: TStringList;
  i, fi: integer;
  Pg: TPDFPage;
  Paper: TPDFPaper;
  FS: TFormatSettings;

function Num(const s: string): double;
begin
  Result := StrToFloat(s, FS);
end;

function Col(const s: string): TARGBColor;
begin
  Result := StrToInt('$' + s);
end;

begin
  FS := DefaultFormatSettings;
  FS.DecimalSeparator := '.';
  L := TStringList.Create;
  L.LoadFromFile(ParamStr(1));
  Keys := TStringList.Create;
  PDF := TPDFDocument.Create(nil);
  PDF.Infos.Producer := 'fpGUI Toolkit 1.4 (fcl-pdf, FPC 3.2.2)';
  PDF.Infos.CreationDate := EncodeDate(2026, 3, 14);
  PDF.Options := [poPageOriginAtTop, poSubsetFont, poCompressFonts, poCompressText];
  PDF.DefaultUnitOfMeasure := uomPixels;
  PDF.FontDirectory := '/usr/share/fonts/truetype/liberation';
  PDF.StartDocument;
  PDF.Sections.AddSection;
  Pg := nil;
  F := TStringList.Create;
  F.Delimiter := #9;
  F.StrictDelimiter := True;
  for i := 0 to L.Count - 1 do
  begin
    F.DelimitedText := L[i];
    if F.Count = 0 then continue;
    if F[0] = 'INFO' then
    begin
      PDF.Infos.Title := F[1];
      PDF.Infos.Author := F[2];
      PDF.Infos.ApplicationName := 'paint.pas (exhibit set r42)';
    end
    else if F[0] = 'FONT' then
    begin
      fi := PDF.AddFont(F[2], F[1]);
      Keys.AddObject(F[1], TObject(PtrInt(fi)));
    end
    else if F[0] = 'PAGE' then
    begin
      Pg := PDF.Pages.AddPage;
      Paper.W := Round(Num(F[1]));
      Paper.H := Round(Num(F[2]));
      Paper.Printable.L := 0; Paper.Printable.T := 0;
      Paper.Printable.R := Paper.W; Paper.Printable.B := Paper.H;
      Pg.Paper := Paper;
      Pg.PaperType := ptCustom;
      Pg.UnitOfMeasure := uomPixels;
      PDF.Sections[0].AddPage(Pg);
    end
    else if F[0] = 'TEXT' then
    begin
      fi := PtrInt(Keys.Objects[Keys.IndexOf(F[1])]);
      Pg.SetFont(fi, StrToInt(F[2]));
      Pg.SetColor(Col(F[6]), False);
      Pg.WriteText(Num(F[3]), Num(F[4]), F[7], Num(F[5]));
    end
    else if F[0] = 'RECT' then
    begin
      Pg.SetColor(Col(F[5]), False);
      Pg.DrawRect(Num(F[1]), Num(F[2]) + Num(F[4]), Num(F[3]), Num(F[4]), 0, True, False);
    end;
  end;
  PDF.SaveToFile(ParamStr(2));
  PDF.Free;
end.
