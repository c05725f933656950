using Microsoft.Extensions.DependencyInjection;

namespace DealBot.Tests.Bot.EndToEnd;

/// <summary>Wraps the registered implementation of a service in a test decorator, keeping the real one underneath.</summary>
internal static class ServiceDecoration
{
    public static IServiceCollection Decorate<TService>(this IServiceCollection services, Func<TService, TService> decorate)
        where TService : class
    {
        var original = services.Last(d => d.ServiceType == typeof(TService));
        services.Remove(original);
        services.AddSingleton(provider => decorate((TService)Create(provider, original)));
        return services;
    }

    private static object Create(IServiceProvider provider, ServiceDescriptor descriptor) =>
        descriptor.ImplementationInstance
        ?? descriptor.ImplementationFactory?.Invoke(provider)
        ?? ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!);
}
