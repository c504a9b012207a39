//! The client's address behind reverse proxies. Sign-in throttling and the
//! API rate limit count per client address; behind nginx or a load balancer
//! every connection comes from the proxy, so one client could lock everyone
//! out. When (and only when) the connection comes from a proxy named by
//! `--trusted-proxies`, the address is read from `X-Forwarded-For`: the
//! right-most entry that is not itself a trusted proxy. Anyone else can write
//! that header, so from other peers it is ignored.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;

use axum::extract::{ConnectInfo, Request, State};
use axum::http::HeaderMap;
use axum::middleware::Next;
use axum::response::Response;
use ipnet::IpNet;

/// The proxies whose `X-Forwarded-For` is believed; empty by default.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TrustedProxies(Vec<IpNet>);

impl TrustedProxies {
    pub fn new(networks: Vec<IpNet>) -> Self {
        Self(networks)
    }

    /// A comma-separated list of addresses and CIDR networks
    /// (`10.0.0.1, 192.168.0.0/16, ::1`); empty text trusts nobody.
    pub fn parse(list: &str) -> Result<Self, String> {
        list.split(',')
            .map(str::trim)
            .filter(|item| !item.is_empty())
            .map(parse_network)
            .collect::<Result<Vec<_>, _>>()
            .map(Self)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn contains(&self, address: IpAddr) -> bool {
        let address = address.to_canonical();
        self.0.iter().any(|network| network.contains(&address))
    }
}

/// One address (`10.0.0.1`, a network of one) or CIDR network (`10.0.0.0/8`).
pub fn parse_network(item: &str) -> Result<IpNet, String> {
    let item = item.trim();
    item.parse::<IpNet>()
        .or_else(|_| {
            item.parse::<IpAddr>()
                .map(|a| IpNet::from(a.to_canonical()))
        })
        .map_err(|_| format!("`{item}` is neither an IP address nor a CIDR network"))
}

/// One entry of `X-Forwarded-For` as an address: a bare address, or one with
/// a port (`192.0.2.1:4711`, `[2001:db8::1]:4711`); `None` for anything else
/// (`unknown`, obfuscated names, garbage).
fn forwarded_address(entry: &str) -> Option<IpAddr> {
    let entry = entry.trim();
    entry
        .parse::<IpAddr>()
        .ok()
        .or_else(|| entry.parse::<SocketAddr>().ok().map(|s| s.ip()))
        .map(|a| a.to_canonical())
}

/// The client's address: the peer, unless the peer is a trusted proxy; then
/// the right-most `X-Forwarded-For` address that is not a trusted proxy
/// (entries that are not addresses are skipped). Headers sent more than once
/// are read in order, as one list.
pub fn client_address(peer: IpAddr, headers: &HeaderMap, trusted: &TrustedProxies) -> IpAddr {
    let peer = peer.to_canonical();
    if !trusted.contains(peer) {
        return peer;
    }
    let entries: Vec<&str> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .collect();
    let mut client = peer;
    for address in entries.into_iter().rev().filter_map(forwarded_address) {
        client = address;
        if !trusted.contains(address) {
            break;
        }
    }
    client
}

/// The address chosen for this request, left in its extensions by [`resolve`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClientAddress(pub IpAddr);

/// Middleware (outermost, so the rate limit sees it too): works out the
/// client's address once and leaves it in the request's extensions.
pub async fn resolve(
    State(trusted): State<Arc<TrustedProxies>>,
    mut request: Request,
    next: Next,
) -> Response {
    let peer = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|ConnectInfo(addr)| addr.ip());
    if let Some(peer) = peer {
        let client = client_address(peer, request.headers(), &trusted);
        request.extensions_mut().insert(ClientAddress(client));
    }
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    fn forwarded(values: &[&str]) -> HeaderMap {
        let mut headers = HeaderMap::new();
        for value in values {
            headers.append("x-forwarded-for", value.parse().unwrap());
        }
        headers
    }

    fn proxies(list: &str) -> TrustedProxies {
        TrustedProxies::parse(list).unwrap()
    }

    #[test]
    fn without_trusted_proxies_the_peer_is_the_client() {
        let headers = forwarded(&["198.51.100.7"]);
        let none = TrustedProxies::default();
        assert_eq!(
            client_address(ip("203.0.113.9"), &headers, &none),
            ip("203.0.113.9")
        );
    }

    #[test]
    fn a_spoofed_header_from_an_untrusted_peer_is_ignored() {
        let trusted = proxies("10.0.0.1");
        let headers = forwarded(&["198.51.100.7"]);
        assert_eq!(
            client_address(ip("203.0.113.9"), &headers, &trusted),
            ip("203.0.113.9")
        );
    }

    #[test]
    fn behind_a_trusted_proxy_the_forwarded_address_counts() {
        let trusted = proxies("10.0.0.1");
        let headers = forwarded(&["198.51.100.7"]);
        assert_eq!(
            client_address(ip("10.0.0.1"), &headers, &trusted),
            ip("198.51.100.7")
        );
        // A trusted proxy that sends no header is itself the client.
        assert_eq!(
            client_address(ip("10.0.0.1"), &HeaderMap::new(), &trusted),
            ip("10.0.0.1")
        );
    }

    #[test]
    fn a_chain_of_proxies_is_walked_from_the_right() {
        let trusted = proxies("10.0.0.0/8, 192.168.1.1");
        // The client claims to be 1.2.3.4; the outer proxy (10.1.1.1) saw
        // 198.51.100.7 and the inner one (192.168.1.1) saw the outer one.
        let headers = forwarded(&["1.2.3.4, 198.51.100.7, 10.1.1.1"]);
        assert_eq!(
            client_address(ip("192.168.1.1"), &headers, &trusted),
            ip("198.51.100.7")
        );
        // The same list split over two headers.
        let headers = forwarded(&["1.2.3.4", "198.51.100.7,10.1.1.1"]);
        assert_eq!(
            client_address(ip("192.168.1.1"), &headers, &trusted),
            ip("198.51.100.7")
        );
        // Every hop trusted: the left-most one is the best there is.
        let headers = forwarded(&["10.2.2.2, 10.1.1.1"]);
        assert_eq!(
            client_address(ip("192.168.1.1"), &headers, &trusted),
            ip("10.2.2.2")
        );
    }

    #[test]
    fn malformed_entries_are_skipped() {
        let trusted = proxies("10.0.0.1");
        for (header, client) in [
            ("198.51.100.7, garbage", "198.51.100.7"),
            ("198.51.100.7, unknown, ,", "198.51.100.7"),
            ("198.51.100.7:4711", "198.51.100.7"),
            ("[2001:db8::7]:4711", "2001:db8::7"),
            ("2001:db8::7", "2001:db8::7"),
            ("999.1.1.1", "10.0.0.1"),
            ("", "10.0.0.1"),
            ("<script>", "10.0.0.1"),
        ] {
            assert_eq!(
                client_address(ip("10.0.0.1"), &forwarded(&[header]), &trusted),
                ip(client),
                "{header}"
            );
        }
        // A header that is not even text.
        let mut headers = HeaderMap::new();
        headers.insert(
            "x-forwarded-for",
            axum::http::HeaderValue::from_bytes(b"\xff\xfe").unwrap(),
        );
        assert_eq!(
            client_address(ip("10.0.0.1"), &headers, &trusted),
            ip("10.0.0.1")
        );
    }

    #[test]
    fn ipv4_mapped_peers_are_recognised() {
        let trusted = proxies("10.0.0.1");
        let headers = forwarded(&["198.51.100.7"]);
        assert_eq!(
            client_address(ip("::ffff:10.0.0.1"), &headers, &trusted),
            ip("198.51.100.7")
        );
    }

    #[test]
    fn the_setting_reads_addresses_and_networks() {
        let trusted = proxies(" 10.0.0.1 , 192.168.0.0/16,::1,");
        assert!(trusted.contains(ip("10.0.0.1")));
        assert!(!trusted.contains(ip("10.0.0.2")));
        assert!(trusted.contains(ip("192.168.44.3")));
        assert!(trusted.contains(ip("::1")));
        assert!(TrustedProxies::parse("").unwrap().is_empty());
        assert!(TrustedProxies::parse("10.0.0.1, nginx").is_err());
        assert!(TrustedProxies::parse("10.0.0.0/33").is_err());
    }
}
