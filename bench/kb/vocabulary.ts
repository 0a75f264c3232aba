/**
 * Words the synthetic knowledge base is written with. A search index grows
 * with the number of distinct words, so the mix matters: common English, the
 * product's technical terms, and a long tail of identifiers (variables, error
 * codes, hosts) that make each article's vocabulary partly its own, as real
 * troubleshooting articles are.
 */

export const COMPONENTS = [
  'MongoDB', 'Redis', 'RabbitMQ', 'nginx', 'the proxy', 'the server', 'the dashboard', 'the widget',
  'the chatbot engine', 'the MQTT broker', 'the worker', 'the job queue', 'the web console',
  'the ingress controller', 'the Helm chart', 'the Docker daemon', 'the SMTP relay', 'Traefik',
  'the load balancer', 'the object store', 'the search service', 'the WebSocket gateway',
  'the scheduler', 'the analytics service', 'the translation service', 'the CDN', 'Kubernetes',
  'the API', 'the admin console', 'the bot designer', 'the email channel', 'the WhatsApp connector',
] as const;

export const SYMPTOMS = [
  'times out', 'restarts in a loop', 'returns 502', 'returns 404', 'refuses connections',
  'runs out of memory', 'stops sending emails', 'shows a blank page', 'loses messages',
  'rejects the certificate', 'fills the disk', 'logs authentication errors', 'answers slowly',
  'drops WebSocket connections', 'ignores the environment variable', 'fails the health check',
  'cannot resolve the host name', 'shows the wrong time zone', 'duplicates notifications',
  'uploads fail', 'crashes on start', 'keeps old settings', 'reports a version mismatch',
] as const;

export const EVENTS = [
  'after an upgrade', 'behind a reverse proxy', 'on ARM servers', 'after a restart',
  'with a custom domain', 'under load', 'after restoring a backup', 'on Kubernetes',
  'with Docker Compose', 'after changing the port', 'on a fresh install', 'with TLS enabled',
  'after rotating secrets', 'when scaling out', 'on a single host', 'after a node failure',
] as const;

export const TAGS = [
  'docker-compose', 'kubernetes', 'helm', 'mongodb', 'redis', 'rabbitmq', 'nginx', 'traefik',
  'smtp', 'email', 'widget', 'webhooks', 'tls', 'certificates', 'login', 'sso', 'ldap', 'upgrade',
  'backup', 'restore', 'performance', 'memory', 'disk', 'logs', 'monitoring', 'ports', 'dns',
  'proxy', 'websocket', 'uploads', 'chatbot', 'mqtt', 'api', 'rest', 'events', 'analytics',
  'arm64', 'environment-variables', 'secrets', 'time-zones', 'localisation', 'notifications',
  'whatsapp', 'telegram', 'messenger', 'voice', 'agents', 'departments', 'routing', 'queues',
  'scaling', 'high-availability', 'load-balancer', 'cdn', 'firewall', 'selinux', 'systemd',
  'npm', 'node', 'versions', 'licensing', 'support-process', 'severity', 'tickets', 'sla',
  'billing', 'quotas', 'rate-limits', 'cors', 'cookies', 'sessions', 'jwt', 'permissions',
  'roles', 'audit', 'gdpr', 'retention', 'exports', 'imports', 'migrations', 'indexes',
  'replica-set', 'sharding', 'storage', 's3', 'minio', 'volumes', 'networks', 'health-checks',
  'startup', 'shutdown', 'crash', 'timeouts', 'latency', 'cpu', 'garbage-collection', 'clustering',
  'translations', 'templates', 'forms', 'attachments', 'images', 'video', 'accessibility',
  'mobile', 'ios', 'android', 'browser', 'safari', 'firefox', 'chrome', 'edge', 'iframes',
  'embedding', 'javascript-sdk', 'rest-api', 'graphql', 'oauth', 'saml', 'two-factor',
] as const;

/** Environment variables, config keys and other identifiers that code spans and tables cite. */
export const SETTINGS = [
  'EMAIL_ENABLED', 'EMAIL_HOST', 'EMAIL_PORT', 'EMAIL_SECURE', 'EMAIL_USERNAME', 'MONGODB_URI',
  'REDIS_HOST', 'REDIS_PORT', 'CACHE_ENABLED', 'AMQP_URL', 'JWT_SECRET', 'GLOBAL_SECRET',
  'EXTERNAL_BASE_URL', 'EXTERNAL_MQTT_BASE_URL', 'API_URL', 'WIDGET_LOCATION', 'LOG_LEVEL',
  'UPLOAD_MAX_SIZE', 'UPLOAD_ALLOWED_TYPES', 'SUPER_PASSWORD', 'WEBHOOK_ORIGIN', 'TZ',
  'NODE_ENV', 'PORT', 'CHAT21_URL', 'CHAT21_ADMIN_TOKEN', 'CHATBOT_URL', 'DATABASE_POOL_SIZE',
  'SESSION_TIMEOUT', 'CORS_ORIGINS', 'TRUST_PROXY', 'MAX_SOCKETS', 'WORKER_CONCURRENCY',
] as const;

export const COMMANDS = [
  'docker compose ps', 'docker compose logs --tail 200 server', 'docker compose up -d',
  'docker compose pull', 'kubectl get pods -n tiledesk', 'kubectl describe pod',
  'kubectl logs deploy/tiledesk-server', 'helm upgrade --install tiledesk ./chart',
  'helm rollback tiledesk', 'curl -i http://localhost:8081/api/', 'mongosh --eval "db.stats()"',
  'redis-cli ping', 'rabbitmqctl list_queues', 'nginx -t', 'openssl s_client -connect',
  'sudo lsof -i -P -n', 'df -h', 'free -m', 'journalctl -u docker --since today',
  'npm install -g @tiledesk/tiledesk-server', 'systemctl restart docker', 'dig +short',
] as const;

/** Everyday English, most frequent first: prose draws from it with a Zipf-like bias. */
export const COMMON = `the of and to a in is it you that was for on are with as be at this have from or
one had by but not what all were when we there can an your which their said if do will each about how
up out them then she many some so these would other into has more her two like him see time could no
make than first been its who now people my made over did down only way find use may water long little
very after words called just where most know get through back much before go good new write our used
me man too any day same right look think also around another came come work three must because does
part even place well such here take why things help put years different away again off went old number
great tell men say small every found still between name should home big give air line set own under read
last never us left end along while might next sound below saw something thought both few those always
looked show large often together asked house world going want school important until form food keep
children feet land side without boy once animals life enough took sometimes four head above kind began
almost live page got earth need far hand high year mother light parts country father let night following
picture being study second eyes soon times story boys since white days ever paper hard near sentence
better best across during today others however sure means knew try told young miles sun ways thing whole
hear example heard several change answer room sea against top turned learn point city play toward five
using himself usually money seen car morning given upon family later turn move face door cut done group
true leave color red friends easy field problem able early stop behind reason server container volume
network request response message queue connection timeout restart upgrade version release image tag
build deploy install configure setting variable value default option secret token password account user
agent admin project department conversation ticket widget domain certificate port host address path file
folder directory log error warning failure crash memory disk space storage backup restore migration index
collection document database cache session cookie header status code payload webhook event trigger bot
flow intent channel email notification upload attachment limit quota schedule job worker process thread
latency throughput load scale replica cluster node pod service ingress proxy gateway route rule policy
role permission audit report metric dashboard chart alert threshold check probe health ready live
`.split(/\s+/).filter(Boolean);

export const LANGUAGES = ['bash', 'yaml', 'json', 'javascript', 'nginx', 'ini'] as const;
