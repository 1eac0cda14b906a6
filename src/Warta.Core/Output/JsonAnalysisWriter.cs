using System.Text.Encodings.Web;
using System.Text.Json;
using Warta.Morphology;
using Warta.Text;

namespace Warta.Output;

/// <summary>Writes an analysed document as one JSON object on one line (JSON Lines when there are several).</summary>
public static class JsonAnalysisWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(Document doc, Stream output)
    {
        using (var json = new Utf8JsonWriter(output, Options))
        {
            json.WriteStartObject();
            json.WriteString("doc", doc.Id);
            json.WriteString("lang", Languages.LanguageCodes.ToCode(doc.Language));
            json.WriteStartArray("sentences");
            foreach (var sentence in doc.Sentences) WriteSentence(json, sentence);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.WriteByte((byte)'\n');
    }

    private static void WriteSentence(Utf8JsonWriter json, Sentence sentence)
    {
        json.WriteStartObject();
        json.WriteNumber("index", sentence.Index);
        json.WriteNumber("paragraph", sentence.Paragraph);
        json.WriteNumber("start", sentence.Span.Start);
        json.WriteNumber("end", sentence.Span.End);
        json.WriteString("text", sentence.Text);
        if (sentence.IsDateline) json.WriteBoolean("dateline", true);
        json.WriteStartArray("tokens");
        foreach (var token in sentence.Tokens) WriteToken(json, token);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteToken(Utf8JsonWriter json, Token token)
    {
        json.WriteStartObject();
        json.WriteString("form", token.Text);
        json.WriteNumber("start", token.Span.Start);
        json.WriteNumber("end", token.Span.End);
        json.WriteString("kind", token.Kind.ToString().ToLowerInvariant());
        if (token.Pos != Upos.None) json.WriteString("upos", token.Pos.ToString());
        if (token.Morph is { } m)
        {
            json.WriteString("lemma", m.Lemma);
            if (m.Prefixes.Count > 0) WriteStrings(json, "prefixes", m.Prefixes);
            if (m.Suffixes.Count > 0) WriteStrings(json, "suffixes", m.Suffixes);
            if (m.Clitics.Count > 0) WriteStrings(json, "clitics", m.Clitics);
            if (m.IsNominal) json.WriteBoolean("nominal", true);
            if (m.Tense is not null) json.WriteString("tense", m.Tense);
            if (m.VerbForm is not null) json.WriteString("verb_form", m.VerbForm);
            if (m.Number is not null) json.WriteString("number", m.Number);
        }
        if (token.Voice != Voice.None) json.WriteString("voice", token.Voice.ToString().ToLowerInvariant());
        if (token.Relation is { } relation)
        {
            json.WriteNumber("head", token.Document.TokenRows[token.Index].Head);
            json.WriteString("deprel", relation);
        }
        if (token.IsClitic) json.WriteBoolean("clitic", true);
        json.WriteBoolean("space_after", token.SpaceAfter);
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values) json.WriteStringValue(v);
        json.WriteEndArray();
    }
}
