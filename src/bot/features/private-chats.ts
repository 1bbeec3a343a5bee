// The features of private chats in the order an update passes them (routing.ts sends button
// presses straight to the feature of their prefix). Dialogs come before them (conversations/).
import { onboardingFeature } from "./onboarding/index.ts";
import { menuFeature } from "./menu/index.ts";
import { eventsFeature } from "./events/index.ts";
import { vacanciesFeature } from "./vacancies/index.ts";
import { coursesFeature } from "./courses/index.ts";
import { collegesFeature } from "./colleges/index.ts";
import { myFeature } from "./my/index.ts";
import { coordinatorFeature } from "./coordinator/index.ts";
import { mydataFeature } from "./mydata/index.ts";
import { searchFeature } from "./search/index.ts";
import { subscriptionsFeature } from "./subscriptions/index.ts";
import { inviteLinks, staffFeature } from "./staff/index.ts";
import { editorFeature } from "./editor/index.ts";
import { broadcastsFeature } from "./broadcasts/index.ts";
import { importFeature } from "./import/index.ts";
import { onboardingCb } from "./onboarding/callbacks.ts";
import { menuCb } from "./menu/callbacks.ts";
import { eventsCb } from "./events/callbacks.ts";
import { vacanciesCb } from "./vacancies/callbacks.ts";
import { coursesCb } from "./courses/callbacks.ts";
import { collegesCb } from "./colleges/callbacks.ts";
import { myCb } from "./my/callbacks.ts";
import { subscriptionsCb } from "./subscriptions/callbacks.ts";
import { coordCb } from "./coordinator/callbacks.ts";
import { mydataCb } from "./mydata/callbacks.ts";
import { staffCb } from "./staff/callbacks.ts";
import { editorCb } from "./editor/callbacks.ts";
import { broadcastCb } from "./broadcasts/callbacks.ts";
import { importCb } from "./import/callbacks.ts";
import { searchCb } from "./search/callbacks.ts";
import { feature, type Feature } from "./routing.ts";

export const privateChatFeatures: readonly Feature[] = [
  feature(inviteLinks),
  feature(onboardingFeature, onboardingCb),
  feature(menuFeature, menuCb),
  feature(eventsFeature, eventsCb),
  feature(vacanciesFeature, vacanciesCb),
  feature(coursesFeature, coursesCb),
  feature(collegesFeature, collegesCb),
  // Before search, which takes any free text: coordinators' replies with a rejection reason,
  // CSV documents of staff.
  feature(myFeature, myCb),
  feature(subscriptionsFeature, subscriptionsCb),
  feature(coordinatorFeature, coordCb),
  feature(mydataFeature, mydataCb),
  feature(staffFeature, staffCb),
  feature(editorFeature, editorCb),
  feature(broadcastsFeature, broadcastCb),
  feature(importFeature, importCb),
  feature(searchFeature, searchCb),
];
