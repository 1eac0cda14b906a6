using Microsoft.AspNetCore.Mvc;

namespace Warta.Web.Api;

/// <summary>
/// The query-string filters the store endpoints share. All are read as text and checked by <see cref="FilterParser"/>,
/// so a bad value gets a 400 that names it instead of the framework's bare binding failure.
/// </summary>
public sealed class FilterParameters
{
    /// <summary>First day, YYYY-MM-DD.</summary>
    [FromQuery(Name = "from")] public string? From { get; set; }
    /// <summary>Last day, YYYY-MM-DD.</summary>
    [FromQuery(Name = "to")] public string? To { get; set; }
    /// <summary>An actor code (KAZGOV) or country (KAZ) as source or target.</summary>
    [FromQuery(Name = "actor")] public string? Actor { get; set; }
    [FromQuery(Name = "source")] public string? Source { get; set; }
    [FromQuery(Name = "target")] public string? Target { get; set; }
    /// <summary>An undirected pair: A,B.</summary>
    [FromQuery(Name = "dyad")] public string? Dyad { get; set; }
    /// <summary>CAMEO root, two digits.</summary>
    [FromQuery(Name = "root")] public string? Root { get; set; }
    /// <summary>CAMEO code or prefix.</summary>
    [FromQuery(Name = "cameo")] public string? Cameo { get; set; }
    /// <summary>QuadClass 1–4.</summary>
    [FromQuery(Name = "quad")] public string? Quad { get; set; }
    [FromQuery(Name = "lang")] public string? Lang { get; set; }
    [FromQuery(Name = "outlet")] public string? Outlet { get; set; }
    /// <summary>true: negated, hypothetical and alleged events too.</summary>
    [FromQuery(Name = "all")] public string? All { get; set; }
    /// <summary>true: events of syndicated copies too.</summary>
    [FromQuery(Name = "syndicated")] public string? Syndicated { get; set; }
}

/// <summary>Paging and order of <c>GET /api/events</c>.</summary>
public sealed class PageParameters
{
    [FromQuery(Name = "page")] public string? Page { get; set; }
    [FromQuery(Name = "page_size")] public string? PageSize { get; set; }
    /// <summary>date, cameo, goldstein, source, target or articles.</summary>
    [FromQuery(Name = "sort")] public string? Sort { get; set; }
    /// <summary>true (default) or false.</summary>
    [FromQuery(Name = "desc")] public string? Desc { get; set; }
}
