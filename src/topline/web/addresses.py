"""Which IP addresses the server may fetch from: public ones only (no SSRF).

Python's ``ipaddress.is_global`` is the base, but the Python this project supports predates
the IANA registry updates it needs (3.11 calls 192.0.0.8 global), and it says nothing of
addresses that carry another address inside them. So the IANA special-purpose registries
are listed here, whole, and addresses with an IPv4 address inside are judged by that address:

- IPv4: https://www.iana.org/assignments/iana-ipv4-special-registry/
- IPv6: https://www.iana.org/assignments/iana-ipv6-special-registry/

Every special-purpose block is refused, including the few the registry marks globally
reachable (AS112, AMT, 6to4 relay anycast): a news page never lives there.
"""

from __future__ import annotations

import ipaddress

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

#: IANA IPv4 Special-Purpose Address Registry (plus multicast and the limited broadcast).
NON_PUBLIC_V4 = tuple(
    ipaddress.IPv4Network(n)
    for n in (
        "0.0.0.0/8",  # "this network"
        "10.0.0.0/8",  # private
        "100.64.0.0/10",  # shared address space (carrier-grade NAT)
        "127.0.0.0/8",  # loopback
        "169.254.0.0/16",  # link-local (cloud metadata lives here)
        "172.16.0.0/12",  # private
        "192.0.0.0/24",  # IETF protocol assignments: the whole block, not only /29
        "192.0.2.0/24",  # documentation TEST-NET-1
        "192.31.196.0/24",  # AS112-v4
        "192.52.193.0/24",  # AMT
        "192.88.99.0/24",  # deprecated 6to4 relay anycast
        "192.168.0.0/16",  # private
        "192.175.48.0/24",  # direct delegation AS112
        "198.18.0.0/15",  # benchmarking
        "198.51.100.0/24",  # documentation TEST-NET-2
        "203.0.113.0/24",  # documentation TEST-NET-3
        "224.0.0.0/4",  # multicast
        "240.0.0.0/4",  # reserved, and 255.255.255.255 broadcast
    )
)

#: IANA IPv6 Special-Purpose Address Registry (plus multicast and deprecated site-local).
NON_PUBLIC_V6 = tuple(
    ipaddress.IPv6Network(n)
    for n in (
        "::/96",  # unspecified, loopback and the deprecated IPv4-compatible ::a.b.c.d
        "::ffff:0:0/96",  # IPv4-mapped (judged by the IPv4 address before this list)
        "64:ff9b::/96",  # NAT64 well-known prefix: reaches IPv4 through a translator
        "64:ff9b:1::/48",  # NAT64 local-use prefix
        "100::/64",  # discard-only
        "2001::/23",  # IETF protocol assignments, Teredo (2001::/32) included
        "2001:db8::/32",  # documentation
        "2002::/16",  # 6to4: refused unless the IPv4 inside is public (see is_public)
        "2620:4f:8000::/48",  # direct delegation AS112
        "3fff::/20",  # documentation
        "5f00::/16",  # segment routing SIDs
        "fc00::/7",  # unique local
        "fe80::/10",  # link-local
        "fec0::/10",  # deprecated site-local
        "ff00::/8",  # multicast
    )
)
_SIX_TO_FOUR = ipaddress.IPv6Network("2002::/16")


def is_public(address: IPAddress) -> bool:
    """True only for an address on the public internet.

    An IPv4-mapped address (``::ffff:a.b.c.d``) and a 6to4 address (``2002:AABB:CCDD::``) are
    judged by the IPv4 address inside; every block of the IANA registries is refused.
    """
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return is_public(address.ipv4_mapped)
        if address in _SIX_TO_FOUR:
            inner = address.sixtofour
            return inner is not None and is_public(inner)
        if any(address in net for net in NON_PUBLIC_V6):
            return False
    elif any(address in net for net in NON_PUBLIC_V4):
        return False
    return address.is_global and not address.is_multicast
