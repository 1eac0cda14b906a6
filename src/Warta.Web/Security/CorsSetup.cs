using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Warta.Web.Security;

/// <summary>
/// CORS only when origins are configured: then exactly those may call the API from a browser, with GET and POST and
/// the two headers the API reads. With none, no answer carries CORS headers, so browsers keep other sites out.
/// </summary>
public static class CorsSetup
{
    public static IServiceCollection AddWartaCors(this IServiceCollection services, WebOptions options) =>
        options.CorsOrigins.Count == 0 ? services : services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
            .WithOrigins([.. options.CorsOrigins])
            .WithMethods(HttpMethods.Get, HttpMethods.Post)
            .WithHeaders("Content-Type", "Authorization")
            .WithExposedHeaders("Retry-After", "Content-Disposition")));

    public static IApplicationBuilder UseWartaCors(this IApplicationBuilder app, WebOptions options) =>
        options.CorsOrigins.Count == 0 ? app : app.UseCors();
}
