#!/usr/bin/env python3
"""Slow clients against a running Scanport (docs/benchmarks.md, "Slow clients").

    python3 docs/slow-clients.py PORT CONNECTIONS headers|trickle SECONDS [PATH] [CONTENT_TYPE]

Opens CONNECTIONS connections from 127.0.0.1 that each declare a 1,000-byte body and send
none (headers) or one byte per round (trickle); every 2 s times GET /version on a fresh
connection, and at the end counts what the held connections were answered.
"""
import socket, sys, time, threading, http.client, collections
port=int(sys.argv[1]); n=int(sys.argv[2]); mode=sys.argv[3]; hold=float(sys.argv[4]) if len(sys.argv)>4 else 40
path=sys.argv[5] if len(sys.argv)>5 else "/auth/login"
ctype=sys.argv[6] if len(sys.argv)>6 else "application/x-www-form-urlencoded"
socks=[]; answers=collections.Counter(); lock=threading.Lock()
def opener(i):
    try:
        s=socket.create_connection(("127.0.0.1",port),timeout=120)
        s.sendall(("POST %s HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: %s\r\nContent-Length: 1000\r\n\r\n"%(path,ctype)).encode())
        socks.append(s)
    except Exception as e:
        print("open fail",e)
ts=[threading.Thread(target=opener,args=(i,)) for i in range(n)]
[t.start() for t in ts]; [t.join() for t in ts]
print("open",len(socks),flush=True)
def probe():
    t=time.time()
    try:
        c=http.client.HTTPConnection("127.0.0.1",port,timeout=10); c.request("GET","/version"); r=c.getresponse(); r.read()
        return "%d %.2fs"%(r.status,time.time()-t)
    except Exception as e:
        return "fail %s %.1fs"%(type(e).__name__,time.time()-t)
first={}
end=time.time()+hold
while time.time()<end:
    for s in socks:
        if s in first: continue
        try:
            s.settimeout(0.001); d=s.recv(4000)
            first[s]=(d.split(b"\r\n")[0].decode() + " " + d.split(b"\r\n\r\n")[-1][:80].decode()) if d else "closed"
        except socket.timeout: pass
        except Exception as e: first[s]="err "+type(e).__name__
        if mode=="trickle" and s not in first:
            try: s.send(b"a")
            except Exception: pass
    print(round(hold-(end-time.time())),"probe",probe(),"answered",len(first),flush=True)
    time.sleep(2)
print(collections.Counter(first.values()))
