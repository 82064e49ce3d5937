<?xml version="1.0" encoding="UTF-8"?>
<!-- Exhibit source XML -> WordprocessingML parts. Run once per part: xsltproc -stringparam part NAME ooxml.xsl src.xml -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
  xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"
  xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
  xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
  xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"
  xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
  xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
  xmlns:v="urn:schemas-microsoft-com:vml"
  xmlns:o="urn:schemas-microsoft-com:office:office"
  xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"
  xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:dcterms="http://purl.org/dc/terms/"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xmlns:ep="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
  xmlns:ct="http://schemas.openxmlformats.org/package/2006/content-types"
  xmlns:pr="http://schemas.openxmlformats.org/package/2006/relationships"
  exclude-result-prefixes="ct pr ep">

  <xsl:output method="xml" encoding="UTF-8" standalone="yes" indent="no"/>
  <xsl:param name="part" select="'document'"/>
  <xsl:variable name="W">http://schemas.openxmlformats.org/wordprocessingml/2006/main</xsl:variable>

  <xsl:template match="/">
    <xsl:choose>
      <xsl:when test="$part = 'types'"><xsl:call-template name="types"/></xsl:when>
      <xsl:when test="$part = 'rootrels'"><xsl:call-template name="rootrels"/></xsl:when>
      <xsl:when test="$part = 'docrels'"><xsl:call-template name="docrels"/></xsl:when>
      <xsl:when test="$part = 'styles'"><xsl:call-template name="styles"/></xsl:when>
      <xsl:when test="$part = 'settings'"><xsl:call-template name="settings"/></xsl:when>
      <xsl:when test="$part = 'footnotes'"><xsl:call-template name="footnotes"/></xsl:when>
      <xsl:when test="$part = 'header'"><xsl:call-template name="header"/></xsl:when>
      <xsl:when test="$part = 'footer'"><xsl:call-template name="footer"/></xsl:when>
      <xsl:when test="$part = 'core'"><xsl:call-template name="core"/></xsl:when>
      <xsl:when test="$part = 'app'"><xsl:call-template name="app"/></xsl:when>
      <xsl:otherwise><xsl:apply-templates select="exhibit" mode="document"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ============================================================ package parts -->
  <xsl:template name="types">
    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
      <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
      <Default Extension="xml" ContentType="application/xml"/>
      <Default Extension="png" ContentType="image/png"/>
      <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
      <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
      <Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>
      <Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>
      <Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>
      <Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>
      <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
      <Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
    </Types>
  </xsl:template>

  <xsl:template name="rootrels">
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
      <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
      <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
      <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>
    </Relationships>
  </xsl:template>

  <xsl:template name="docrels">
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
      <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
      <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>
      <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>
      <Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>
      <Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>
      <Relationship Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/>
    </Relationships>
  </xsl:template>

  <xsl:template name="core">
    <cp:coreProperties>
      <dc:title><xsl:value-of select="exhibit/title/line[1]"/></dc:title>
      <dc:creator>Carrow Museum, Interpretation Department</dc:creator>
      <dcterms:created xsi:type="dcterms:W3CDTF">2025-01-01T00:00:00Z</dcterms:created>
    </cp:coreProperties>
  </xsl:template>

  <xsl:template name="app">
    <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">
      <Application>xsltproc (libxslt 1.1.35) exhibit-ooxml.xsl</Application>
    </Properties>
  </xsl:template>

  <xsl:template name="settings">
    <w:settings>
      <w:defaultTabStop w:val="720"/>
      <w:autoHyphenation/>
      <w:characterSpacingControl w:val="doNotCompress"/>
      <w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>
      <w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>
    </w:settings>
  </xsl:template>

  <xsl:template name="styles">
    <w:styles>
      <w:docDefaults>
        <w:rPrDefault><w:rPr><w:rFonts w:ascii="Georgia" w:hAnsi="Georgia" w:cs="Georgia"/><w:sz w:val="21"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>
        <w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault>
      </w:docDefaults>
      <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:jc w:val="both"/></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>
        <w:pPr><w:jc w:val="left"/><w:spacing w:after="240" w:line="240" w:lineRule="auto"/></w:pPr>
        <w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:b/><w:color w:val="5A3C1E"/><w:sz w:val="52"/></w:rPr></w:style>
      <w:style w:type="paragraph" w:customStyle="1" w:styleId="Kicker"><w:name w:val="Kicker"/><w:basedOn w:val="Normal"/>
        <w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:caps/><w:spacing w:val="20"/><w:color w:val="8C6A3F"/><w:sz w:val="18"/></w:rPr></w:style>
      <w:style w:type="paragraph" w:customStyle="1" w:styleId="Intro"><w:name w:val="Intro"/><w:basedOn w:val="Normal"/>
        <w:rPr><w:i/><w:sz w:val="26"/></w:rPr></w:style>
      <w:style w:type="paragraph" w:customStyle="1" w:styleId="BoxLabel"><w:name w:val="Box Label"/>
        <w:pPr><w:spacing w:after="0"/></w:pPr>
        <w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:b/><w:color w:val="FFFFFF"/><w:sz w:val="18"/></w:rPr></w:style>
      <w:style w:type="paragraph" w:customStyle="1" w:styleId="BoxHeading"><w:name w:val="Box Heading"/>
        <w:pPr><w:spacing w:after="0"/></w:pPr>
        <w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:b/><w:color w:val="FFFFFF"/><w:sz w:val="30"/></w:rPr></w:style>
      <w:style w:type="paragraph" w:customStyle="1" w:styleId="CaptionBox"><w:name w:val="Caption Box"/>
        <w:pPr><w:jc w:val="left"/><w:spacing w:after="40"/></w:pPr>
        <w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val="16"/></w:rPr></w:style>
      <w:style w:type="paragraph" w:customStyle="1" w:styleId="PullQuote"><w:name w:val="Pull Quote"/>
        <w:pPr><w:pBdr><w:top w:val="single" w:sz="12" w:space="6" w:color="8C6A3F"/><w:bottom w:val="single" w:sz="12" w:space="6" w:color="8C6A3F"/></w:pBdr>
          <w:spacing w:before="240" w:after="240"/><w:ind w:left="720" w:right="720"/><w:jc w:val="center"/></w:pPr>
        <w:rPr><w:i/><w:color w:val="8C6A3F"/><w:sz w:val="30"/></w:rPr></w:style>
      <w:style w:type="paragraph" w:customStyle="1" w:styleId="SideHead"><w:name w:val="Sidebar Head"/>
        <w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:b/><w:sz w:val="24"/></w:rPr></w:style>
      <w:style w:type="paragraph" w:customStyle="1" w:styleId="SideText"><w:name w:val="Sidebar Text"/><w:basedOn w:val="Normal"/>
        <w:rPr><w:sz w:val="19"/></w:rPr></w:style>
      <w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/>
        <w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="17"/></w:rPr></w:style>
      <w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
      <w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val="16"/></w:rPr></w:style>
      <w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:pPr><w:jc w:val="right"/></w:pPr><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val="16"/></w:rPr></w:style>
      <w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/>
        <w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:color="8C6A3F"/><w:left w:val="single" w:sz="4" w:color="8C6A3F"/><w:bottom w:val="single" w:sz="4" w:color="8C6A3F"/><w:right w:val="single" w:sz="4" w:color="8C6A3F"/><w:insideH w:val="single" w:sz="4" w:color="8C6A3F"/><w:insideV w:val="single" w:sz="4" w:color="8C6A3F"/></w:tblBorders></w:tblPr></w:style>
    </w:styles>
  </xsl:template>

  <xsl:template name="header">
    <w:hdr><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr><w:r><w:t><xsl:value-of select="exhibit/header"/></w:t></w:r></w:p></w:hdr>
  </xsl:template>

  <xsl:template name="footer">
    <w:ftr><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr>
      <w:r><w:t xml:space="preserve"><xsl:value-of select="exhibit/footer"/></w:t></w:r>
      <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>
      <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>
    </w:p></w:ftr>
  </xsl:template>

  <xsl:template name="footnotes">
    <w:footnotes>
      <w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
      <w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
      <xsl:for-each select="//note">
        <w:footnote w:id="{position()}">
          <w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>
            <w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>
            <w:r><w:t xml:space="preserve"> <xsl:value-of select="."/></w:t></w:r></w:p>
        </w:footnote>
      </xsl:for-each>
    </w:footnotes>
  </xsl:template>

  <!-- ============================================================ document -->
  <xsl:template match="exhibit" mode="document">
    <w:document>
      <w:body>
        <w:p><w:pPr><w:pStyle w:val="Kicker"/></w:pPr><w:r><w:t><xsl:value-of select="kicker"/></w:t></w:r></w:p>
        <!-- the title sits in a plain-text content control; its two lines are split by a manual line break -->
        <w:sdt>
          <w:sdtPr><w:alias w:val="Exhibit title"/><w:tag w:val="exhibit-title"/><w:id w:val="101"/></w:sdtPr>
          <w:sdtContent>
            <w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>
              <xsl:for-each select="title/line">
                <xsl:if test="position() &gt; 1"><w:r><w:br/></w:r></xsl:if>
                <w:r><xsl:if test="position() &gt; 1"><w:rPr><w:b w:val="0"/><w:i/><w:sz w:val="34"/></w:rPr></xsl:if><w:t><xsl:value-of select="."/></w:t></w:r>
              </xsl:for-each>
            </w:p>
          </w:sdtContent>
        </w:sdt>
        <w:p><w:pPr><w:pStyle w:val="Intro"/></w:pPr><xsl:apply-templates select="intro/node()"/></w:p>
        <xsl:apply-templates select="panel | pullquote | sidebar"/>
        <w:sectPr>
          <w:headerReference w:type="default" r:id="rId4"/>
          <w:footerReference w:type="default" r:id="rId5"/>
          <w:pgSz w:w="11906" w:h="16838"/>
          <w:pgMar w:top="1418" w:right="1304" w:bottom="1418" w:left="1304" w:header="709" w:footer="709" w:gutter="0"/>
        </w:sectPr>
      </w:body>
    </w:document>
  </xsl:template>

  <!-- each panel is a rich-text content control; its heading is a shape text box (DrawingML with a VML fallback) -->
  <xsl:template match="panel">
    <w:sdt>
      <w:sdtPr><w:alias w:val="Panel {@n}"/><w:tag w:val="panel-{@n}"/><w:id w:val="{200 + @n}"/></w:sdtPr>
      <w:sdtContent>
        <w:p><w:pPr><w:spacing w:before="240" w:after="120"/></w:pPr>
          <mc:AlternateContent>
            <mc:Choice Requires="wps">
              <w:r><w:drawing>
                <wp:inline distT="0" distB="0" distL="0" distR="0">
                  <wp:extent cx="3600000" cy="540000"/>
                  <wp:docPr id="{10 + @n}" name="Heading box {@n}"/>
                  <a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
                    <wps:wsp>
                      <wps:cNvSpPr txBox="1"/>
                      <wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="3600000" cy="540000"/></a:xfrm>
                        <a:prstGeom prst="roundRect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="8C6A3F"/></a:solidFill></wps:spPr>
                      <wps:txbx><w:txbxContent>
                        <w:p><w:pPr><w:pStyle w:val="BoxLabel"/></w:pPr><w:r><w:t><xsl:value-of select="@label"/></w:t></w:r></w:p>
                        <w:p><w:pPr><w:pStyle w:val="BoxHeading"/></w:pPr><w:r><w:t><xsl:value-of select="heading"/></w:t></w:r></w:p>
                      </w:txbxContent></wps:txbx>
                      <wps:bodyPr rot="0" wrap="square" lIns="108000" tIns="36000" rIns="108000" bIns="36000" anchor="ctr"/>
                    </wps:wsp>
                  </a:graphicData></a:graphic>
                </wp:inline>
              </w:drawing></w:r>
            </mc:Choice>
            <mc:Fallback>
              <w:r><w:pict>
                <v:roundrect style="width:283.5pt;height:42.5pt" arcsize="10923f" fillcolor="#8c6a3f" stroked="f">
                  <v:textbox><w:txbxContent>
                    <w:p><w:pPr><w:pStyle w:val="BoxLabel"/></w:pPr><w:r><w:t><xsl:value-of select="@label"/></w:t></w:r></w:p>
                    <w:p><w:pPr><w:pStyle w:val="BoxHeading"/></w:pPr><w:r><w:t><xsl:value-of select="heading"/></w:t></w:r></w:p>
                  </w:txbxContent></v:textbox>
                </v:roundrect>
              </w:pict></w:r>
            </mc:Fallback>
          </mc:AlternateContent>
        </w:p>
        <xsl:apply-templates select="p | facts"/>
      </w:sdtContent>
    </w:sdt>
  </xsl:template>

  <xsl:template match="p">
    <w:p><xsl:if test="parent::sidebar"><w:pPr><w:pStyle w:val="SideText"/></w:pPr></xsl:if><xsl:apply-templates/></w:p>
  </xsl:template>

  <xsl:template match="p/text() | intro/text()">
    <w:r><w:t xml:space="preserve"><xsl:value-of select="."/></w:t></w:r>
  </xsl:template>
  <xsl:template match="nbh"><w:r><w:noBreakHyphen/></w:r></xsl:template>
  <xsl:template match="shy"><w:r><w:softHyphen/></w:r></xsl:template>

  <xsl:template match="note">
    <w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="{count(preceding::note) + 1}"/></w:r>
  </xsl:template>

  <!-- picture + caption: an anchored picture and an anchored caption text box, both placed in the middle of a paragraph -->
  <xsl:template match="figure">
    <w:r><w:drawing>
      <wp:anchor distT="0" distB="90000" distL="0" distR="180000" simplePos="0" relativeHeight="3" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="0">
        <wp:simplePos x="0" y="0"/>
        <wp:positionH relativeFrom="column"><wp:align>left</wp:align></wp:positionH>
        <wp:positionV relativeFrom="paragraph"><wp:posOffset>360000</wp:posOffset></wp:positionV>
        <wp:extent cx="2160000" cy="1620000"/>
        <wp:wrapSquare wrapText="right"/>
        <wp:docPr id="31" name="Picture 1" descr="Grey placeholder for the cast of the Taung skull"/>
        <a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">
          <pic:pic><pic:nvPicPr><pic:cNvPr id="31" name="image1.png"/><pic:cNvPicPr/></pic:nvPicPr>
            <pic:blipFill><a:blip r:embed="rId6"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>
            <pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2160000" cy="1620000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>
          </pic:pic>
        </a:graphicData></a:graphic>
      </wp:anchor>
    </w:drawing></w:r>
    <w:r><w:drawing>
      <wp:anchor distT="0" distB="0" distL="0" distR="180000" simplePos="0" relativeHeight="4" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="0">
        <wp:simplePos x="0" y="0"/>
        <wp:positionH relativeFrom="column"><wp:align>left</wp:align></wp:positionH>
        <wp:positionV relativeFrom="paragraph"><wp:posOffset>2030000</wp:posOffset></wp:positionV>
        <wp:extent cx="2160000" cy="900000"/>
        <wp:wrapSquare wrapText="right"/>
        <wp:docPr id="32" name="Caption box 1"/>
        <a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
          <wps:wsp><wps:cNvSpPr txBox="1"/>
            <wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2160000" cy="900000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></wps:spPr>
            <wps:txbx><w:txbxContent>
              <w:p><w:pPr><w:pStyle w:val="CaptionBox"/></w:pPr>
                <w:r><w:rPr><w:b/></w:rPr><w:t><xsl:value-of select="position"/>:</w:t></w:r>
                <w:r><w:t xml:space="preserve"> <xsl:value-of select="text"/></w:t></w:r></w:p>
              <w:p><w:pPr><w:pStyle w:val="CaptionBox"/></w:pPr><w:r><w:rPr><w:i/></w:rPr><w:t><xsl:value-of select="credit"/></w:t></w:r></w:p>
            </w:txbxContent></wps:txbx>
            <wps:bodyPr rot="0" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0"/>
          </wps:wsp>
        </a:graphicData></a:graphic>
      </wp:anchor>
    </w:drawing></w:r>
  </xsl:template>

  <xsl:template match="facts">
    <w:p><w:pPr><w:keepNext/><w:spacing w:before="120" w:after="60"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:b/><w:sz w:val="18"/></w:rPr><w:t><xsl:value-of select="caption"/></w:t></w:r></w:p>
    <w:tbl>
      <w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="6000" w:type="dxa"/></w:tblPr>
      <w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="4000"/></w:tblGrid>
      <xsl:for-each select="row">
        <w:tr>
          <w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/><w:shd w:val="clear" w:color="auto" w:fill="8C6A3F"/></w:tcPr>
            <w:p><w:pPr><w:spacing w:after="0"/><w:jc w:val="left"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:b/><w:color w:val="FFFFFF"/><w:sz w:val="18"/></w:rPr><w:t><xsl:value-of select="k"/></w:t></w:r></w:p></w:tc>
          <w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr>
            <w:p><w:pPr><w:spacing w:after="0"/><w:jc w:val="left"/></w:pPr><w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t><xsl:value-of select="v"/></w:t></w:r></w:p></w:tc>
        </w:tr>
      </xsl:for-each>
    </w:tbl>
    <w:p/>
  </xsl:template>

  <xsl:template match="pullquote">
    <w:p><w:pPr><w:pStyle w:val="PullQuote"/></w:pPr><w:r><w:t><xsl:value-of select="."/></w:t></w:r></w:p>
  </xsl:template>

  <!-- the sidebar is a one-cell shaded table -->
  <xsl:template match="sidebar">
    <w:tbl>
      <w:tblPr><w:tblW w:w="5000" w:type="pct"/>
        <w:tblBorders><w:left w:val="single" w:sz="24" w:color="8C6A3F"/></w:tblBorders>
        <w:tblCellMar><w:left w:w="200" w:type="dxa"/><w:right w:w="200" w:type="dxa"/></w:tblCellMar></w:tblPr>
      <w:tblGrid><w:gridCol w:w="9298"/></w:tblGrid>
      <w:tr><w:tc><w:tcPr><w:tcW w:w="9298" w:type="dxa"/><w:shd w:val="clear" w:color="auto" w:fill="F3EBDD"/></w:tcPr>
        <w:p><w:pPr><w:pStyle w:val="SideHead"/></w:pPr><w:r><w:t><xsl:value-of select="heading"/></w:t></w:r></w:p>
        <xsl:apply-templates select="p"/>
      </w:tc></w:tr>
    </w:tbl>
    <w:p/>
  </xsl:template>
</xsl:stylesheet>
