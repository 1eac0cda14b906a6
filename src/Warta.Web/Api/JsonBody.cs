using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Warta.Web.Api;

/// <summary>
/// A JSON response written by hand with <see cref="Utf8JsonWriter"/>, so events go out through
/// <see cref="Output.Events.EventJson"/> exactly as the CLI's jsonl lines do.
/// </summary>
public sealed class JsonBody(Action<Utf8JsonWriter> write, int statusCode = StatusCodes.Status200OK) : IResult
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using (var json = new Utf8JsonWriter(buffer, Options)) write(json);
        httpContext.Response.StatusCode = statusCode;
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        httpContext.Response.ContentLength = buffer.WrittenCount;
        await httpContext.Response.Body.WriteAsync(buffer.WrittenMemory, httpContext.RequestAborted);
    }
}
