/* bcryptprimitives.dll for Wine 8 (Debian 12), which lacks it.
 *
 * Rust's standard library asks Windows 10 and later for random bytes with
 * ProcessPrng from bcryptprimitives.dll, which every such Windows has; a
 * program that imports it does not start under a Wine without it. This
 * stands in for the system DLL only in the test prefix `cargo xtask
 * windows-test` makes (never in the installer), answering from Wine's own
 * RtlGenRandom (advapi32's SystemFunction036). Newer Wine ships the DLL,
 * and then this is not installed.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x7fffffff ? 0x7fffffff : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
