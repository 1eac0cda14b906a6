namespace Warta.Plots; internal static class Placeholder {}
