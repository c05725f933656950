# syntax=docker/dockerfile:1
# DealBot: build with the .NET SDK, run on the ASP.NET Core runtime (the executable serves a small health endpoint).

FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# The platform the image runs on (amd64 or arm64, set by docker buildx --platform): only its native libraries are
# published, and the assemblies are compiled ahead of time for it (ReadyToRun, see src/DealBot/DealBot.csproj).
ARG TARGETARCH
WORKDIR /src
# Build settings first, then the sources: the restore layer is reused while only code changes.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/ src/
RUN dotnet restore src/DealBot/DealBot.csproj --arch $TARGETARCH
RUN dotnet publish src/DealBot/DealBot.csproj --configuration Release --arch $TARGETARCH --self-contained false --no-restore --output /app /p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# The knowledge base and the prompts ship inside the image; mount over /app/knowledge to edit articles without a rebuild.
COPY --chown=app:app knowledge/ ./knowledge/
COPY prompts/ ./prompts/

ENV Knowledge__SourceDirectory=/app/knowledge \
    Knowledge__DataDirectory=/data \
    Knowledge__ModelDirectory=/data/models \
    Health__Port=8080 \
    DOTNET_TieredPGO=1 \
    DOTNET_NOLOGO=1 \
    DOTNET_CLI_TELEMETRY_OPTOUT=1

# The embedded index and refresh state live in /data, owned by the non-root user the bot runs as.
RUN mkdir -p /data && chown app:app /data
VOLUME /data

# The image's built-in non-root user (uid 1654), numeric so runAsNonRoot policies can verify it.
USER $APP_UID

# The runtime image has no curl: the bot's own "health" verb asks http://127.0.0.1:$Health__Port/health/ready
# (store reachable, Discord gateway connected) and exits 0 or 1.
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
    CMD ["dotnet", "/app/dealbot.dll", "health"]

ENTRYPOINT ["dotnet", "dealbot.dll"]
CMD ["run"]
