using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Warta.Web.Api;

namespace Warta.Web.Security;

/// <summary>
/// Answers a request that threw: a body over the limit is a 413, an unreadable request a 400, anything else a 500
/// that carries only a correlation id. The exception itself (type, message, stack) goes to the server's log under
/// that id and never to the client, whatever the environment.
/// </summary>
internal sealed partial class ProblemExceptionHandler(ILogger<ProblemExceptionHandler> log, WebOptions options) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var answer = exception switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => Problems.TooLarge(
                $"The request body is larger than {options.MaxRequestBodyBytes} bytes, the most this server reads " +
                "(serve --max-body-bytes); send fewer or shorter articles per request."),
            BadHttpRequestException => Problems.BadRequest("The request could not be read (its body ended early or is malformed)."),
            _ => null,
        };
        if (answer is null)
        {
            var id = CorrelationId.Of(context);
            LogFailure(log, exception, id, context.Request.Method, context.Request.Path);
            answer = Problems.InternalError(id);
        }
        await answer.ExecuteAsync(context);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "request {CorrelationId} ({Method} {Path}) failed")]
    private static partial void LogFailure(ILogger log, Exception exception, string correlationId, string method, PathString path);
}
