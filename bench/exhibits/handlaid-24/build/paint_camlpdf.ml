(* Paints NAME.ops.tsv with CamlPDF: one content stream per page, ops in the given order. *)
let fonts = [("serif","Times-Roman");("serif-bold","Times-Bold");("serif-italic","Times-Italic");
             ("sans","Helvetica");("sans-bold","Helvetica-Bold");("sans-italic","Helvetica-Oblique")]
let fontres = Pdf.Dictionary (List.mapi (fun i (_, b) ->
  ("/F" ^ string_of_int i, Pdf.Dictionary [("/Type", Pdf.Name "/Font"); ("/Subtype", Pdf.Name "/Type1");
    ("/BaseFont", Pdf.Name ("/" ^ b)); ("/Encoding", Pdf.Name "/WinAnsiEncoding")])) fonts)
let fname k =
  let rec f i = function [] -> failwith k | (a, _) :: t -> if a = k then "/F" ^ string_of_int i else f (i + 1) t in
  f 0 fonts
let unhex s = String.init (String.length s / 2) (fun i -> Char.chr (int_of_string ("0x" ^ String.sub s (2 * i) 2)))
let fl = float_of_string
let () =
  let ic = open_in Sys.argv.(1) in
  let pages = ref [] and ops = ref [] and size = ref None in
  let flush () = match !size with
    | None -> ()
    | Some (w, h) ->
      let p = Pdfpage.custompage (Pdf.Array [Pdf.Real 0.; Pdf.Real 0.; Pdf.Real w; Pdf.Real h]) in
      let p = {p with Pdfpage.content = [Pdfops.stream_of_ops (List.rev !ops)];
                      Pdfpage.resources = Pdf.Dictionary [("/Font", fontres)]} in
      pages := p :: !pages; ops := [] in
  let add l = ops := List.rev_append l !ops in
  (try while true do
    match String.split_on_char '\t' (input_line ic) with
    | ["P"; w; h] -> flush (); size := Some (fl w, fl h)
    | ["T"; x; y; f; s; r; g; b; tw; t] ->
      add Pdfops.[Op_BT; Op_Tf (fname f, fl s); Op_rg (fl r, fl g, fl b); Op_Tw (fl tw);
                  Op_Td (fl x, fl y); Op_Tj (unhex t); Op_ET]
    | ["R"; x; y; w; h; r; g; b] -> add Pdfops.[Op_rg (fl r, fl g, fl b); Op_re (fl x, fl y, fl w, fl h); Op_f]
    | ["L"; x1; y1; x2; y2; r; g; b; lw] ->
      add Pdfops.[Op_RG (fl r, fl g, fl b); Op_w (fl lw); Op_m (fl x1, fl y1); Op_l (fl x2, fl y2); Op_S]
    | _ -> failwith "bad line"
  done with End_of_file -> ());
  flush ();
  let pdf, root = Pdfpage.add_pagetree (List.rev !pages) (Pdf.empty ()) in
  let pdf = Pdfpage.add_root root [] pdf in
  let info = Pdf.addobj pdf (Pdf.Dictionary [("/Producer", Pdf.String "CamlPDF 2.5.3");
                                             ("/Title", Pdf.String Sys.argv.(3))]) in
  pdf.Pdf.trailerdict <- Pdf.add_dict_entry pdf.Pdf.trailerdict "/Info" (Pdf.Indirect info);
  Pdfwrite.pdf_to_file pdf Sys.argv.(2)
