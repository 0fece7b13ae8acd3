-- My Promise: a young person's account is linked to their own child record, and to nothing else
alter table app_user add column child_id varchar(40) references child(child_id);
create index app_user_child on app_user(child_id);
