# ZKPool prover network. Quick start: `make demo`, `make test`.
GO     ?= go
BIN    := $(CURDIR)/bin
export GOFLAGS := -buildvcs=false

.PHONY: all build test test-chaos test-load test-aggregate demo bench lint generate tools contracts chain-tools fuzz race

all: build

## build: compile the three binaries into ./bin
build:
	$(GO) build -o $(BIN)/ ./cmd/...

## tools: install what the tests need (Go modules, and Debian/npm tools when missing)
tools: chain-tools
	$(GO) mod download
	@# p2p's NAT-shaped test, `zkpool testnet up --netns` and the chaos suite run in network
	@# namespaces when root: they need ip and tc (iproute2), nft (nftables) and, for latency without
	@# netem (a netfilter queue), iptables.
	@if [ "$$(id -u)" = 0 ]; then command -v ip >/dev/null && command -v tc >/dev/null && command -v nft >/dev/null && command -v iptables >/dev/null || \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq iproute2 nftables iptables >/dev/null; }; fi
	@# README's browser block talks to `zkpool serve` with curl.
	@command -v curl >/dev/null 2>&1 || \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq curl >/dev/null; \
	  elif sudo -n true 2>/dev/null; then sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq curl >/dev/null; \
	  else echo "make tools: curl is missing; install it as root (apt-get install curl) for README's browser block" >&2; fi
	@# The .pb.go drift tests regenerate with Debian's protoc 3.21.12 (protobuf-compiler).
	@command -v protoc >/dev/null 2>&1 || \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq protobuf-compiler >/dev/null; \
	  elif sudo -n true 2>/dev/null; then sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq protobuf-compiler >/dev/null; \
	  else echo "make tools: protoc is missing; install it as root (apt-get install protobuf-compiler) for the .pb.go drift tests" >&2; fi
	@# node/api's dashboard test and cmd/zkpool's requester page test drive a real headless Chromium (Debian's chromium package).
	@command -v chromium >/dev/null 2>&1 || \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  elif sudo -n true 2>/dev/null; then sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "make tools: chromium is missing; install it as root (apt-get install chromium) for node/api's dashboard test" >&2; fi

## chain-tools: Node.js + the pinned solc (artifact drift test), and geth for the lifecycle test
GETH_VERSION := $(shell $(GO) list -m -f '{{.Version}}' github.com/ethereum/go-ethereum 2>/dev/null)
chain-tools:
	@command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm; }
	@[ -d chain/contracts/node_modules/solc ] || (cd chain/contracts && npm ci --no-audit --no-fund)
	@[ -x .bin/geth ] || GOBIN=$(CURDIR)/.bin $(GO) install github.com/ethereum/go-ethereum/cmd/geth@$(GETH_VERSION)

## contracts: recompile chain/contracts/src with the pinned solc and regenerate the Go bindings
contracts:
	@[ -d chain/contracts/node_modules/solc ] || (cd chain/contracts && npm ci --no-audit --no-fund)
	$(GO) generate ./chain/contracts/

## lint: gofmt and go vet must be clean, and no function unreachable (deadcode, pinned in go.mod: nothing to install)
lint:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go' -not -path './node_modules/*')); \
	  if [ -n "$$out" ]; then echo "gofmt needed on:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	@out=$$($(GO) tool deadcode -test ./...); \
	  if [ -n "$$out" ]; then echo "unreachable code (deadcode -test):"; echo "$$out"; exit 1; fi

## generate: regenerate the protocol's .pb.go files with the pinned protoc (tests fail on drift)
generate:
	$(GO) generate ./protocol/...

## fuzz: run every fuzz target (func FuzzX in *_test.go) for FUZZ_TIME each. No minimisation.
## A run that ends with Go's "context deadline exceeded" and wrote no failing input is Go's
## fuzztime race (golang/go#75804, fixed in Go 1.27), not a finding: it runs again, up to three
## times. Any other failure, or a failing input written to testdata/fuzz, fails at once.
FUZZ_TIME ?= 5s
fuzz:
	@set -e; grep -r --include='*_test.go' --exclude-dir=node_modules -o '^func Fuzz[A-Za-z0-9_]*' . | sort -u | \
	  while IFS=: read -r file fn; do fn=$${fn#func }; dir=$$(dirname "$$file"); \
	    for try in 1 2 3; do \
	      echo "fuzz $$dir $$fn ($(FUZZ_TIME))"; \
	      log=$$(mktemp); \
	      if $(GO) test -run '^$$' -fuzz "^$$fn$$" -fuzztime $(FUZZ_TIME) -fuzzminimizetime 0 "$$dir" >"$$log" 2>&1; then rm -f "$$log"; break; fi; \
	      cat "$$log"; \
	      if ! grep -q 'context deadline exceeded' "$$log" || grep -q 'Failing input written' "$$log" || [ $$try = 3 ]; then rm -f "$$log"; exit 1; fi; \
	      rm -f "$$log"; echo "fuzz $$dir $$fn: Go's fuzztime deadline race (golang/go#75804), no input found; running it again"; \
	    done; \
	  done

## race: the race detector over the packages whose goroutines share state: p2p, the node (its
## in-process networks with real proofs: about 6 minutes on 2 cores), its market, store, consensus
## and events, the prover engine, and the multi-process testnet and chaos harness
RACE_PKGS := ./p2p/... ./node/ ./node/market/ ./node/store/ ./node/consensus/ ./node/events/ ./prover/peer/ ./testnet/...
race:
	$(GO) test -race -timeout 30m $(RACE_PKGS)

## test: every test, with fuzz targets run briefly, and the race detector over RACE_PKGS
test: tools lint fuzz race
	$(GO) test -timeout 40m ./...

## test-chaos: every chaos scenario (testnet/chaos) on real multi-process testnets, one at a time;
## rewrites the chaos table in RELIABILITY.md. CHAOS_RUN=a,b runs only those (with the baseline)
## and only prints their table.
## As root it runs in a network namespace of its own (unshare -n), and every testnet in the netns
## mode (`zkpool testnet up --netns`: a namespace and address per process on a bridge), where
## single links are cut and shaped (CHAOS_NETNS=0: every process on loopback instead, the netem and
## partition scenarios shaping the private loopback); elsewhere those are skipped, saying why.
CHAOS_TEST = ZKPOOL_CHAOS=1 ZKPOOL_CHAOS_RUN=$(CHAOS_RUN) ZKPOOL_CHAOS_NETNS=$(CHAOS_NETNS) ZKPOOL_CHAOS_TABLE=$(CURDIR)/RELIABILITY.md \
	$(GO) test -count=1 -v -run "^TestSuite$$" -timeout 90m ./testnet/chaos/
## test-load: 1, 2, 4, 8, 16 Iris tasks paid at once to one node and 8 provers (a fresh testnet
## each); rewrites the load table in RELIABILITY.md (where the time went at each level).
test-load:
	ZKPOOL_LOAD=1 ZKPOOL_CHAOS_TABLE=$(CURDIR)/RELIABILITY.md $(GO) test -count=1 -v -run '^TestLoad$$' -timeout 60m ./testnet/chaos/

test-chaos:
	@if [ "$$(id -u)" = 0 ] && command -v unshare >/dev/null && command -v ip >/dev/null && command -v tc >/dev/null && command -v nft >/dev/null; then \
	  echo "test-chaos: in a network namespace of its own (unshare -n), each testnet a namespace per process"; \
	  $(GO) test -count=1 -run '^$$' ./testnet/chaos/ >/dev/null && \
	  unshare -n sh -c 'ip link set lo up && GOPROXY=off $(CHAOS_TEST)'; \
	else \
	  echo "test-chaos: not root, or unshare/ip/tc/nft missing (make tools): every process on loopback, the netem and partition scenarios skipped"; \
	  $(CHAOS_TEST); \
	fi

## test-aggregate: the tests that set up and prove the real join circuits (prover/aggregate),
## `zkpool prove --local --succinct` on Iris and its root checked on chain; the first run on a machine sets up the node join (4.7M
## constraints) and two leaf joins (2.5M and 3.4M): one to two hours on 2 cores
test-aggregate:
	ZKPOOL_AGGREGATE_FULL=1 $(GO) test -v -timeout 3h -run 'TestSuccinct|TestJoinCircuits' ./prover/aggregate/
	ZKPOOL_AGGREGATE_FULL=1 $(GO) test -v -timeout 2h -run 'TestProveSuccinctIris' ./cmd/zkpool/
	ZKPOOL_AGGREGATE_FULL=1 $(GO) test -v -timeout 2h -run 'TestSuccinctIrisOnChain' ./node/receiptverifier/

## demo: a local network (chain, 3 nodes, 4 provers as processes) proves the shipped Iris task end to end
demo: build
	$(BIN)/zkpool demo

## bench: the benchmarks behind BENCHMARKS.md
bench:
	$(GO) test -run '^$$' -bench . -benchtime 1x -timeout 60m ./...
