using System.Buffers.Binary;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace DealBot.Testing.Faults;

/// <summary>
/// Damage done to the data directory's files the way disks, crashes and people do it: truncation, a flipped byte,
/// an edit with the checksum fixed up (so only the reader's own checks stand between it and the index), a full disk
/// (a file linked to /dev/full) and a read-only directory.
/// </summary>
public static class DataFiles
{
    /// <summary>Magic, format version, payload length, SHA-256: the checksummed container's header.</summary>
    public const int HeaderSize = 4 + 4 + 8 + 32;

    private const string FullDevice = "/dev/full";

    public static void Truncate(string path, double keep)
    {
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(int)(bytes.Length * keep)]);
    }

    /// <summary>Flips one byte of the payload, as a bad sector or a careless edit would; the checksum is left alone.</summary>
    public static void FlipByte(string path)
    {
        var bytes = File.ReadAllBytes(path);
        bytes[HeaderSize + ((bytes.Length - HeaderSize) / 2)] ^= 0x5A;
        File.WriteAllBytes(path, bytes);
    }

    public static void Append(string path, byte[] extra) => File.WriteAllBytes(path, [.. File.ReadAllBytes(path), .. extra]);

    /// <summary>Sets a header field (0 = magic, 4 = format version) without touching the payload.</summary>
    public static void SetHeaderInt32(string path, int offset, int value)
    {
        var bytes = File.ReadAllBytes(path);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(offset), value);
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>Overwrites an int of the payload and fixes the checksum, so the file verifies and only its content is wrong.</summary>
    public static void ForgeInt32(string path, int payloadOffset, int value)
    {
        var bytes = File.ReadAllBytes(path);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(HeaderSize + payloadOffset), value);
        SHA256.HashData(bytes.AsSpan(HeaderSize), bytes.AsSpan(16, 32));
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>Where a generation's dimension count sits in its payload: after the version string.</summary>
    public static int DimensionsOffset(string version) => 1 + Encoding.UTF8.GetByteCount(version);

    /// <summary>A JSON data file rewritten with a valid checksum around <paramref name="data"/>.</summary>
    public static void ForgeJson(string path, string data) =>
        File.WriteAllText(path, $"{{\"sha256\":\"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(data)))}\",\"data\":{data}}}");

    /// <summary>The generation a pointer file (CURRENT) names, when it is intact: checksum verified, as the store reads it.</summary>
    public static string? IntactPointerTarget(string pointerFile)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(pointerFile));
            var data = document.RootElement.GetProperty("data");
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(data.GetRawText())));
            return hash == document.RootElement.GetProperty("sha256").GetString() ? data.GetProperty("Current").GetString() : null;
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or IOException)
        {
            return null;
        }
    }

    /// <summary>Makes every write to <paramref name="path"/> fail with "No space left on device"; false where that cannot be done.</summary>
    public static bool TryFillDisk(string path)
    {
        if (!OperatingSystem.IsLinux() || !File.Exists(FullDevice))
        {
            return false;
        }

        File.Delete(path);
        File.CreateSymbolicLink(path, FullDevice);
        return true;
    }

    /// <summary>
    /// Makes <paramref name="directory"/> refuse new files: its mode bits, and where the tests run as root (which
    /// ignores them) the immutable attribute. Null when neither works here; disposing restores it.
    /// </summary>
    public static IDisposable? TryMakeReadOnly(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        var mode = File.GetUnixFileMode(directory);
        File.SetUnixFileMode(directory, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute);
        var restore = new Restore(() =>
        {
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(directory, mode);
            }
        });
        if (!Writable(directory))
        {
            return restore;
        }

        if (Run("chattr", "+i", directory) && !Writable(directory))
        {
            return new Restore(() =>
            {
                Run("chattr", "-i", directory);
                restore.Dispose();
            });
        }

        Run("chattr", "-i", directory);
        restore.Dispose();
        return null;
    }

    private static bool Writable(string directory)
    {
        try
        {
            File.WriteAllText(Path.Combine(directory, ".probe"), "x");
            File.Delete(Path.Combine(directory, ".probe"));
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool Run(string file, params string[] arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardError = true, RedirectStandardOutput = true });
            process!.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private sealed class Restore(Action undo) : IDisposable
    {
        private Action? _undo = undo;

        public void Dispose() => Interlocked.Exchange(ref _undo, null)?.Invoke();
    }
}
