package blob

import (
	"context"
	"fmt"
	"testing"

	"github.com/zkpool/aoraki/p2p/host"
)

// BenchmarkBlobFetch: one blob fetched over loopback per iteration (hash
// checked while reading, written to the store, fsynced).
func BenchmarkBlobFetch(b *testing.B) {
	transports := map[string]string{"tcp": "/ip4/127.0.0.1/tcp/0", "quic": "/ip4/127.0.0.1/udp/0/quic-v1"}
	for _, tr := range []string{"tcp", "quic"} {
		for _, size := range []int{1 << 20, 64 << 20} {
			b.Run(fmt.Sprintf("%s/size=%dMiB", tr, size>>20), func(b *testing.B) {
				srv, cli := newExchange(b, host.RoleNode, transports[tr]), newExchange(b, host.RoleProver, transports[tr])
				link(b, cli, srv)
				c, err := srv.store.PutBytes(random(size))
				if err != nil {
					b.Fatal(err)
				}
				b.SetBytes(int64(size))
				b.ResetTimer()
				for i := 0; i < b.N; i++ {
					b.StopTimer()
					if err := cli.store.Delete(c); err != nil {
						b.Fatal(err)
					}
					b.StartTimer()
					if _, err := cli.FetchFrom(context.Background(), srv.h.ID(), c, int64(size)); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
